using System.Reflection;

namespace SpaceRhetoric;

/// <summary>The product's identity, as writers report it.</summary>
public static class ProductInfo
{
    public const string Name = "SpaceRhetoric";

    public const string FullName = "SpaceRhetoric universalist-claim linter";

    public const string InformationUri = "https://github.com/spacerhetoric/spacerhetoric";

    /// <summary>Help page of a rule in the default pack.</summary>
    public static string RuleHelpUri(string ruleId) => $"{InformationUri}/blob/main/rules/{ruleId}.md";

    /// <summary>Semantic version of the engine assembly (<c>0.1.0</c>).</summary>
    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
