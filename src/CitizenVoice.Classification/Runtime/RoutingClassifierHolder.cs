using CitizenVoice.Classification.Routing;

namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// The process's current <see cref="RoutingClassifier"/>, swappable without a restart: a promoted or rolled-back
/// model, or an edited routing table, replaces the whole classifier by one reference write. Readers take the
/// reference once per call (<see cref="Current"/>), so a request scores with one consistent model and table even while
/// a swap happens; writers are serialised so two swaps cannot lose each other's change.
/// </summary>
public sealed class RoutingClassifierHolder(ClassifierOptions defaults, IRoutingRulesSource? rules = null)
{
    private readonly Lock _swap = new();
    private RoutingClassifier? _current;

    /// <summary>The shipped model directory (ml-models/), used while no trained version is active.</summary>
    public string DefaultModelPath => defaults.ModelPath;

    public RoutingClassifier Current
    {
        get
        {
            var current = Volatile.Read(ref _current);
            if (current is not null)
            {
                return current;
            }

            lock (_swap)
            {
                _current ??= new RoutingClassifier(defaults, rules is null ? null : RoutingTable.FromSource(rules));
                return _current;
            }
        }
    }

    /// <summary>Loads the models of <paramref name="modelPath"/> (keeping the routing table) and makes them current.</summary>
    public void UseModel(string modelPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        lock (_swap)
        {
            var routing = _current?.Routing ?? (rules is null ? null : RoutingTable.FromSource(rules));
            var options = new ClassifierOptions { ModelPath = modelPath, ConfidenceThreshold = defaults.ConfidenceThreshold };
            Volatile.Write(ref _current, new RoutingClassifier(options, routing));
        }
    }

    /// <summary>Keeps the loaded models and routes with <paramref name="routing"/> from now on.</summary>
    public void UseRouting(RoutingTable routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        lock (_swap)
        {
            var current = _current ?? new RoutingClassifier(defaults, routing);
            Volatile.Write(ref _current, current.WithRouting(routing));
        }
    }
}
