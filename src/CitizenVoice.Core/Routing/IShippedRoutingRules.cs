namespace CitizenVoice.Core.Routing;

/// <summary>The routing rules this version ships (routing-rules.csv), in the file's order, as new unsaved rows.</summary>
public interface IShippedRoutingRules
{
    IReadOnlyList<RoutingRuleEntry> Load(DateTimeOffset at);
}
