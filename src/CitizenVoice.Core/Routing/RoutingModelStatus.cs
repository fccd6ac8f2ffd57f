namespace CitizenVoice.Core.Routing;

/// <summary>Where a trained model version stands: in use, refused at promotion, or replaced by a later one.</summary>
public enum RoutingModelStatus
{
    Active,
    Rejected,
    Retired,
}
