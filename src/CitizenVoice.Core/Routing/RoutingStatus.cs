namespace CitizenVoice.Core.Routing;

/// <summary>Where an item stands in routing: waiting for the classifier, suggested, sent to manual triage, confirmed by staff.</summary>
public enum RoutingStatus
{
    Pending,
    Suggested,
    NeedsTriage,
    Confirmed,
}
