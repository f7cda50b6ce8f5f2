using System.Text;

namespace SpaceRhetoric.Cli;

/// <summary>Buffered UTF-8 (no BOM) standard output: one flush per report rather than one per line.</summary>
internal static class StandardStreams
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static StreamWriter OpenOutput() =>
        new(Console.OpenStandardOutput(), Utf8NoBom, bufferSize: 64 * 1024) { AutoFlush = false, NewLine = "\n" };
}
