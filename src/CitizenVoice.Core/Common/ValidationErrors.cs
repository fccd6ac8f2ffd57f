namespace CitizenVoice.Core.Common;

/// <summary>Field-level validation messages (Vietnamese), keyed by the request field name in camelCase.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> ByField => _errors;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? First(string field) => _errors.TryGetValue(field, out var list) ? list[0] : null;

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
