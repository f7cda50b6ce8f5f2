using System.Reflection;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpaceRhetoric.Sarif;

/// <summary>
/// Undoes the Sarif.Sdk's default-value elision where code-scanning UIs need the value spelled out.
/// </summary>
internal sealed class SarifContractResolver : DefaultContractResolver
{
    public static readonly SarifContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        JsonProperty property = base.CreateProperty(member, memberSerialization);
        Type? declaringType = property.DeclaringType;
        string? name = property.UnderlyingName;

        // The SDK omits `level: warning`, and viewers then fall back to the rule's default level, which
        // a severity override may have changed.
        if (name == nameof(Result.Level) && (declaringType == typeof(Result) || declaringType == typeof(Notification) || declaringType == typeof(ReportingConfiguration)))
        {
            AlwaysWrite(property);
        }

        // GitHub rejects a run without `results` and cannot close fixed alerts without the full rule list.
        else if ((declaringType == typeof(Run) && name == nameof(Run.Results)) ||
                 (declaringType == typeof(ToolComponent) && name == nameof(ToolComponent.Rules)))
        {
            AlwaysWrite(property);
            property.NullValueHandling = NullValueHandling.Include;
        }

        // The SDK drops a description equal to another one, and a default configuration equal to its
        // own defaults (level warning); code scanning shows both, so write whatever was set.
        else if (declaringType == typeof(ReportingDescriptor) &&
                 name is nameof(ReportingDescriptor.ShortDescription) or nameof(ReportingDescriptor.FullDescription) or nameof(ReportingDescriptor.DefaultConfiguration))
        {
            AlwaysWrite(property);
        }

        // Spelled out so that no viewer has to guess whether columns count UTF-16 units or code points.
        else if (declaringType == typeof(Run) && name == nameof(Run.ColumnKind))
        {
            property.ShouldSerialize = instance => ((Run)instance).ColumnKind != ColumnKind.None;
            property.DefaultValueHandling = DefaultValueHandling.Include;
        }

        // An insertion (empty deleted region) still needs `charLength: 0` next to its `charOffset`.
        else if (declaringType == typeof(Region) && name == nameof(Region.CharLength))
        {
            property.ShouldSerialize = instance => ((Region)instance).CharOffset >= 0;
            property.DefaultValueHandling = DefaultValueHandling.Include;
        }

        return property;
    }

    private static void AlwaysWrite(JsonProperty property)
    {
        property.ShouldSerialize = null;
        property.DefaultValueHandling = DefaultValueHandling.Include;
    }
}
