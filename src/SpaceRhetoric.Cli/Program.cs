// Entry point; the command line arrives with the CLI work.
return SpaceRhetoric.Engine.ExitCodes.InternalError;
