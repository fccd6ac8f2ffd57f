namespace CitizenVoice.Web.Hosting;

/// <summary>Bound from `Jobs`.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run a Hangfire server in this process. Every web node may run one; they share the database's queue.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;
}
