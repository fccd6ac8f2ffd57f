using CitizenVoice.Classification.Text;

namespace CitizenVoice.Classification.Routing;

/// <summary>
/// Turns (topic, level, province, text) into an agency and up to two alternatives, from data rows only: keyword
/// overrides first, then bodies the text names (current or old names) when their level fits, then the
/// (topic, level[, province]) table, then the table rows of the runner-up topic and level.
/// </summary>
public sealed class RoutingTable
{
    public const int MaxAlternatives = 2;

    private readonly List<RoutingRule> _keywords;
    private readonly List<RoutingRule> _aliases;
    private readonly List<RoutingRule> _table;
    private readonly AgencyDirectory _agencies;
    private readonly ProvinceDirectory _provinces;

    public RoutingTable(IEnumerable<RoutingRule> rules, AgencyDirectory agencies, ProvinceDirectory provinces)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _agencies = agencies ?? throw new ArgumentNullException(nameof(agencies));
        _provinces = provinces ?? throw new ArgumentNullException(nameof(provinces));
        var list = rules.ToList();
        foreach (var code in list.SelectMany(r => r.Agencies))
        {
            _agencies.Get(code);
        }

        _keywords = list.Where(r => r.Kind == RuleKind.Keyword).OrderByDescending(r => r.Weight).ToList();
        _table = list.Where(r => r.Kind == RuleKind.Table).ToList();

        // Current names of central bodies and provincial departments are aliases too; the CSV adds old names.
        var generated = agencies.All
            .Where(a => a.Level == CompetenceLevel.Central || a.Name.StartsWith("Sở ", StringComparison.Ordinal))
            .Select(a => new RoutingRule(RuleKind.Alias, null, null, null, [VietnameseText.FoldForMatching(StripNote(a.Name))], [a.Code]));
        _aliases = list.Where(r => r.Kind == RuleKind.Alias).Concat(generated).ToList();

        // One pass over the words of the text finds every pattern: routing runs once per prediction.
        _matcher = new PhraseMatcher(list.Concat(_aliases).SelectMany(r => r.Patterns));
        _keywordIds = _keywords.Select(PatternIds).ToList();
        _aliasIds = _aliases.Select(PatternIds).ToList();
        _aliasAgencies = _aliases.Select(r => _agencies.Get(r.Agencies[0])).ToList();

        // Rows with a topic are looked up by key (first row wins, as the scan below would); rows without a topic
        // (any topic) fall back to the scan.
        _tableIndex = new Dictionary<(string, string, string?), IReadOnlyList<string>>();
        foreach (var row in _table.Where(r => !string.IsNullOrEmpty(r.Topic) && r.Level is not null))
        {
            _tableIndex.TryAdd((row.Topic!, row.Level!, string.IsNullOrEmpty(row.Province) ? null : row.Province), row.Agencies);
        }
    }

    private readonly List<Agency> _aliasAgencies;
    private readonly Dictionary<(string Topic, string Level, string? Province), IReadOnlyList<string>> _tableIndex;

    private readonly PhraseMatcher _matcher;
    private readonly List<int[]> _keywordIds;
    private readonly List<int[]> _aliasIds;

    private int[] PatternIds(RoutingRule rule) => rule.Patterns.Select(_matcher.IdOf).Where(id => id >= 0).ToArray();

    public AgencyDirectory Agencies => _agencies;

    public ProvinceDirectory Provinces => _provinces;

    /// <summary>Embedded rules, agencies and provinces.</summary>
    public static RoutingTable LoadDefault() => FromSource(CsvRoutingRulesSource.Embedded());

    public static RoutingTable FromSource(IRoutingRulesSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RoutingTable(source.LoadRules(), AgencyDirectory.LoadEmbedded(), ProvinceDirectory.LoadEmbedded());
    }

    public RouteResult Route(RoutingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = query.FoldedText ?? VietnameseText.FoldForMatching(query.Text);
        var hits = _matcher.Match(folded);
        var province = query.Province ?? _provinces.Detect(folded);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);

        void Add(string code, double score)
        {
            if (!scores.TryGetValue(code, out var old) || old < score)
            {
                scores[code] = score;
            }
        }

        for (var r = 0; r < _keywords.Count; r++)
        {
            var rule = _keywords[r];
            if (rule.AppliesToTopic(query.Topic) && rule.AppliesToLevel(query.Level) && rule.AppliesToProvince(province)
                && Array.Exists(_keywordIds[r], id => hits[id] >= 0))
            {
                AddRanked(rule.Agencies, 100 + rule.Weight, Add);
            }
        }

        var position = int.MaxValue;
        string? named = null;
        for (var r = 0; r < _aliases.Count; r++)
        {
            var agency = _aliasAgencies[r];
            if (!CompetenceLevel.Matches(agency.Level, query.Level == CompetenceLevel.Central ? CompetenceLevel.Central : CompetenceLevel.Local))
            {
                continue;
            }

            foreach (var id in _aliasIds[r])
            {
                var at = hits[id];
                if (at >= 0 && at < position)
                {
                    position = at;
                    named = agency.Code;
                }
            }
        }

        if (named is not null)
        {
            Add(named, 90);
        }

        IReadOnlyList<string> own = TableRow(query.Topic, query.Level, province);
        IReadOnlyList<string> other = [];
        if (query.TopicConfidence is { } topicP && query.LevelConfidence is { } levelP)
        {
            (own, other) = AddByLikelihood(query, province, topicP, levelP, Add);
        }
        else
        {
            AddRanked(own, 80, Add);
            if (query.SecondTopic is not null)
            {
                AddRanked(TableRow(query.SecondTopic, query.Level, province), 60, Add);
            }

            if (query.SecondLevel is not null)
            {
                // The level is the hardest call (ministries answer "this is the province's competence", provinces pass
                // items to the commune, NOTES 10), so the runner-up level's primary body is the first alternative,
                // ahead of the second body of the predicted level's row.
                other = TableRow(query.Topic, query.SecondLevel, province);
                if (other.Count > 0)
                {
                    Add(other[0], 79.5);
                }

                AddRanked(other, 59, Add);
            }
        }

        var ranked = scores.OrderByDescending(kv => kv.Value).Select(kv => _agencies.Get(kv.Key)).ToList();
        if (ranked.Count == 0)
        {
            ranked.Add(_agencies.Get(query.Level switch
            {
                CompetenceLevel.Central => "VPCP",
                CompetenceLevel.Province => "UBND-T",
                _ => "UBND-X",
            }));
        }

        var top = ranked.Take(1 + MaxAlternatives).ToList();
        KeepInTop(top, own.Count > 0 ? own[0] : null, other.Count > 0 ? other[0] : null);
        return new RouteResult(top[0], top.Skip(1).ToList(), province);
    }

    /// <summary>
    /// Weight of a row's bodies by place: the primary answers most items of its row, the others some (NOTES 10: keep a
    /// primary agency and allow secondary ones). The second and third bodies weigh little: the runner-up topic's primary
    /// is more often the answer than the predicted row's second body (grouped 5-fold held-out top-3 0.911 with
    /// 0.3 / 0.15, 0.916 with 0.15 / 0.08, 0.919 with 0.01 / 0.005), so they mostly fill places no likelier body takes.
    /// </summary>
    private static readonly double[] RowPlaceWeights = [1.0, 0.01, 0.005];

    /// <summary>
    /// Ranks the table bodies of the best and runner-up topic crossed with the best and runner-up level by the
    /// probability the models give each pair, so a body that several likely readings share (the commune People's
    /// Committee for most commune items, a ministry for two close topics) rises, and an unsure topic or level puts
    /// the runner-up's body among the three answers. The most likely body scores 80 as the predicted row's primary
    /// does without probabilities; keyword overrides and named bodies stay above. Returns the bodies the answers must
    /// keep: the most likely one and the runner-up level's primary.
    /// </summary>
    private (IReadOnlyList<string> First, IReadOnlyList<string> Second) AddByLikelihood(RoutingQuery query, string? province, float topicP, float levelP, Action<string, double> add)
    {
        // At most four rows of three bodies: small arrays and a linear search beat a dictionary and a sort here
        // (routing runs once per prediction).
        var codes = new string[4 * RowPlaceWeights.Length];
        var likelihood = new double[codes.Length];
        var count = 0;
        void Row(IReadOnlyList<string> row, double p)
        {
            if (p <= 0)
            {
                return;
            }

            for (var i = 0; i < row.Count && i < RowPlaceWeights.Length; i++)
            {
                var at = Array.IndexOf(codes, row[i], 0, count);
                if (at < 0)
                {
                    at = count++;
                    codes[at] = row[i];
                }

                likelihood[at] += p * RowPlaceWeights[i];
            }
        }

        IReadOnlyList<string> RowOf(string? topic, string? level) => topic is null || level is null ? [] : TableRow(topic, level, province);

        var topic2P = query.SecondTopicConfidence ?? 0f;
        var level2P = query.SecondLevelConfidence ?? 0f;
        var otherLevel = RowOf(query.Topic, query.SecondLevel);
        Row(RowOf(query.Topic, query.Level), topicP * levelP);
        Row(RowOf(query.SecondTopic, query.Level), topic2P * levelP);
        Row(otherLevel, topicP * level2P);
        Row(RowOf(query.SecondTopic, query.SecondLevel), topic2P * level2P);
        if (count == 0)
        {
            return ([], []);
        }

        var best = 0;
        for (var i = 1; i < count; i++)
        {
            if (likelihood[i] > likelihood[best] || (likelihood[i] == likelihood[best] && string.CompareOrdinal(codes[i], codes[best]) < 0))
            {
                best = i;
            }
        }

        for (var i = 0; i < count; i++)
        {
            add(codes[i], 50 + (30 * likelihood[i] / likelihood[best]));
        }

        // The runner-up level's primary body stays among the answers however sure the level model is: on real text
        // the level is the hardest call (NOTES 10) and the model is more often wrong than its probability says.
        return ([codes[best]], otherLevel.Count > 0 ? [otherLevel[0]] : []);
    }

    private IReadOnlyList<string> TableRow(string topic, string level, string? province) =>
        (province is not null && _tableIndex.TryGetValue((topic, level, province), out var specific) ? specific : null)
        ?? (_tableIndex.TryGetValue((topic, level, null), out var general) ? general : null)
        ?? _table.FirstOrDefault(r => r.AppliesToTopic(topic) && r.Level == level && r.Province is not null && r.Province == province)?.Agencies
        ?? _table.FirstOrDefault(r => r.AppliesToTopic(topic) && r.Level == level && r.Province is null)?.Agencies
        ?? [];

    /// <summary>
    /// A keyword or a named body may take the top places, but the primary bodies of the predicted level and of the
    /// runner-up level stay among the three answers (the commune People's Committee is the default local handler,
    /// NOTES 10): they replace the lowest other entries.
    /// </summary>
    private void KeepInTop(List<Agency> top, string? ownPrimary, string? otherPrimary)
    {
        string?[] kept = [ownPrimary, otherPrimary];
        foreach (var code in kept)
        {
            if (code is null || top.Exists(a => a.Code == code))
            {
                continue;
            }

            if (top.Count < 1 + MaxAlternatives)
            {
                top.Add(_agencies.Get(code));
                continue;
            }

            for (var i = top.Count - 1; i >= 1; i--)
            {
                if (Array.IndexOf(kept, top[i].Code) < 0)
                {
                    top[i] = _agencies.Get(code);
                    break;
                }
            }
        }
    }

    private static void AddRanked(IReadOnlyList<string> codes, double top, Action<string, double> add)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            add(codes[i], top - i);
        }
    }

    private static string StripNote(string name)
    {
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? name[..paren] : name;
    }
}
