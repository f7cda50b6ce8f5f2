using SpaceRhetoric.Cli;

return CliApp.Run(args);
