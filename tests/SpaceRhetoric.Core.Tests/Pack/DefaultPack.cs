using SpaceRhetoric.Rules;

// Not "...Tests.Pack": the rule tests call a helper named Pack, which the namespace would shadow.
namespace SpaceRhetoric.Core.Tests.DefaultPackTests;

/// <summary>The embedded default pack, loaded once for every pack test.</summary>
internal static class DefaultPack
{
    private static readonly Lazy<LoadedRulePack> s_pack = new(() => RulePackLoader.Load(includeDefaultPack: true, directories: []));

    public static LoadedRulePack Loaded => s_pack.Value;
}
