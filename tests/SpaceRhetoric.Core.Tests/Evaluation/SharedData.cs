namespace SpaceRhetoric.Core.Tests.Evaluation;

/// <summary>Finds shared test data at <c>../shared</c> relative to the repository root (the folder holding SpaceRhetoric.sln).</summary>
internal static class SharedData
{
    public static string? RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpaceRhetoric.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <c>../shared</c>, or null when the repository root is not found.</summary>
    public static string? PathOf(string relativePath) =>
        RepositoryRoot() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", relativePath)) : null;
}
