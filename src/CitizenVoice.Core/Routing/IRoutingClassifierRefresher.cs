namespace CitizenVoice.Core.Routing;

/// <summary>
/// Brings this process's classifier up to date with the database: the routing table (by its revision) and the
/// active model version. Called right after an edit or a promotion, and periodically so other nodes follow.
/// </summary>
public interface IRoutingClassifierRefresher
{
    Task RefreshAsync(CancellationToken cancellationToken);
}
