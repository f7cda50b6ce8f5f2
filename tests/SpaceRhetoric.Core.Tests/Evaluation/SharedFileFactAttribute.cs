namespace SpaceRhetoric.Core.Tests.Evaluation;

/// <summary>A fact that is skipped, with the reason, when a file under <c>../shared</c> is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(string relativePath)
    {
        string? path = SharedData.PathOf(relativePath);
        if (path is null || !File.Exists(path))
        {
            Skip = $"Shared test data '../shared/{relativePath}' relative to the repository root is absent ({path ?? "repository root not found"}).";
        }
    }
}
