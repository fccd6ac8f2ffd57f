using System.Security.Cryptography;
using System.Text;
using CitizenVoice.Classification.Text;
using CitizenVoice.Classification.Training;
using CitizenVoice.Core.Routing;

namespace CitizenVoice.Classification.Retraining;

/// <summary>
/// The shipped corpus plus staff-confirmed labels, de-duplicated by text (folded, so a re-typed copy counts as the
/// same text). A confirmation is a normal training example: the latest confirmation of a text wins, and it replaces a
/// corpus row with the same text. Confirmations never enter the held-out split (a confirmation of a held-out text is
/// left out), so every candidate is scored on the same rows.
/// </summary>
public sealed class RetrainingCorpus
{
    private RetrainingCorpus(IReadOnlyList<LabelledPetition> corpus, IReadOnlyList<LabelledPetition> confirmed, string sha256)
    {
        Corpus = corpus;
        Confirmed = confirmed;
        Sha256 = sha256;
    }

    /// <summary>Corpus rows (train and held-out), minus rows a confirmation replaced.</summary>
    public IReadOnlyList<LabelledPetition> Corpus { get; }

    /// <summary>Confirmed labels that train, one per text.</summary>
    public IReadOnlyList<LabelledPetition> Confirmed { get; }

    /// <summary>SHA-256 over the corpus file's hash and the confirmed rows: equal data gives an equal hash.</summary>
    public string Sha256 { get; }

    public static RetrainingCorpus Build(IReadOnlyList<LabelledPetition> corpus, string corpusSha256, IEnumerable<ConfirmedLabel> confirmations)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(confirmations);
        var latest = new Dictionary<string, ConfirmedLabel>(StringComparer.Ordinal);
        foreach (var label in confirmations.OrderBy(l => l.At).ThenBy(l => l.Id))
        {
            latest[Key(label.Text)] = label;
        }

        var heldOutKeys = corpus.Where(ModelTrainer.IsHeldOut).Select(r => Key(r.Text)).ToHashSet(StringComparer.Ordinal);
        var confirmed = latest
            .Where(pair => !heldOutKeys.Contains(pair.Key))
            .OrderBy(pair => pair.Value.At).ThenBy(pair => pair.Value.Id)
            .Select(pair => new LabelledPetition("confirmed:" + pair.Value.SourceId, pair.Value.Text, pair.Value.TopicCode, pair.Value.Level, pair.Value.AgencyCode))
            .ToList();
        var replaced = confirmed.Select(c => Key(c.Text)).ToHashSet(StringComparer.Ordinal);
        var kept = corpus.Where(r => ModelTrainer.IsHeldOut(r) || !replaced.Contains(Key(r.Text))).ToList();

        var hash = new StringBuilder(corpusSha256);
        foreach (var row in confirmed)
        {
            hash.Append('\n').Append(row.Topic).Append('\t').Append(row.Level).Append('\t').Append(row.Text);
        }

        return new RetrainingCorpus(kept, confirmed, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash.ToString()))));
    }

    private static string Key(string text) => VietnameseText.FoldForMatching(text).Trim();
}
