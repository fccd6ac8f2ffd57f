namespace CitizenVoice.Classification.Routing;

/// <summary>
/// Where routing rules come from. The embedded CSV is the default; the web app can implement this over the
/// database so the back office can edit routes without a retrain or a redeploy.
/// </summary>
public interface IRoutingRulesSource
{
    IReadOnlyList<RoutingRule> LoadRules();
}
