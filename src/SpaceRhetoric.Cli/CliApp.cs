using System.CommandLine;
using System.CommandLine.Invocation;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Cli;

/// <summary>Parses the command line, runs the command, and maps every outcome to an exit code.</summary>
internal static class CliApp
{
    public static int Run(string[] args)
    {
        try
        {
            RootCommand root = CliCommands.Create();
            ParseResult parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
                {
                    Console.Error.WriteLine($"error: {error.Message}");
                }

                Console.Error.WriteLine("Run 'spacerhetoric --help' for usage.");
                return ExitCodes.ConfigurationError;
            }

            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (ToolDiagnosticException e)
        {
            PrintToolDiagnostics(e.Diagnostics);
            return ExitCodes.ConfigurationError;
        }
        catch (IOException e)
        {
            // Inputs that cannot be read are notifications; what remains is the report's destination
            // (a full disk, a closed pipe): the environment's fault, not a bug.
            Console.Error.WriteLine($"error: Cannot write the report: {e.Message.ReplaceLineEndings(" ").Trim()}");
            return ExitCodes.ConfigurationError;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"error: Cannot write the report: {e.Message.ReplaceLineEndings(" ").Trim()}");
            return ExitCodes.ConfigurationError;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(
                $"spacerhetoric: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ").Trim()} " +
                $"This is a bug; please report it at {ProductInfo.InformationUri}/issues.");
            if (Environment.GetEnvironmentVariable("SPACERHETORIC_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>Prints the tool's own diagnostics as <c>path(line,col): error SR9xxx: message</c>.</summary>
    public static void PrintToolDiagnostics(IEnumerable<ToolDiagnostic> diagnostics)
    {
        foreach (ToolDiagnostic diagnostic in diagnostics)
        {
            Console.Error.WriteLine((diagnostic with { Path = ConfiguredRules.Relative(diagnostic.Path) }).ToString());
        }
    }
}
