using System.Globalization;
using System.Text;
using CitizenVoice.Classification.Training;

namespace CitizenVoice.Web.Tests.Routing;

/// <summary>
/// A small, easily separable corpus (three topics, three levels) written to a temp folder as petitions.tsv, so a
/// retraining takes seconds. Groups are chosen so every topic has situations on both sides of the held-out split.
/// </summary>
public static class SmallCorpus
{
    public static readonly string[] Topics = ["dat-dai", "giao-thong", "y-te"];
    public static readonly string[] Levels = ["xa", "tinh", "trung-uong"];

    private static readonly string[][] TopicPhrases =
    [
        ["thửa đất", "sổ đỏ", "giấy chứng nhận quyền sử dụng đất", "thu hồi đất", "bồi thường đất", "ranh giới đất"],
        ["đường liên thôn", "ổ gà", "cầu yếu", "đèn tín hiệu giao thông", "xe quá tải", "mặt đường hư hỏng"],
        ["bệnh viện", "trạm y tế", "thuốc chữa bệnh", "bác sĩ", "khám chữa bệnh", "tiêm chủng"],
    ];

    private static readonly (string Intro, string Request)[] LevelPhrases =
    [
        ("Người dân thôn Đông", "đề nghị Ủy ban nhân dân xã sớm giải quyết"),
        ("Cử tri thành phố", "đề nghị Ủy ban nhân dân tỉnh và Sở chuyên ngành chỉ đạo"),
        ("Cử tri cả nước", "kiến nghị Bộ và Chính phủ sửa đổi luật, nghị định"),
    ];

    /// <summary>Rows of the corpus; <paramref name="labelShift"/> moves every topic and level label by that many places (a deliberately wrong corpus).</summary>
    public static List<LabelledPetition> Rows(int seed, int groupsPerTopic = 9, int rowsPerGroup = 4, int labelShift = 0)
    {
        var random = new Random(seed);
        var rows = new List<LabelledPetition>();
        for (var t = 0; t < Topics.Length; t++)
        {
            var groups = GroupNames(Topics[t], seed, groupsPerTopic);
            for (var g = 0; g < groups.Count; g++)
            {
                var level = g % Levels.Length;
                for (var r = 0; r < rowsPerGroup; r++)
                {
                    var phrases = TopicPhrases[t];
                    var text = $"{LevelPhrases[level].Intro} phản ánh {phrases[random.Next(phrases.Length)]} và {phrases[random.Next(phrases.Length)]} (lần {random.Next(1000)}); {LevelPhrases[level].Request}.";
                    rows.Add(new LabelledPetition($"{groups[g]}-{r}", text, Topics[(t + labelShift) % Topics.Length], Levels[(level + labelShift) % Levels.Length], null, groups[g]));
                }
            }
        }

        return rows;
    }

    public static string Write(string folder, IEnumerable<LabelledPetition> rows)
    {
        Directory.CreateDirectory(folder);
        var tsv = new StringBuilder("id\tgroup\ttext\ttopic\tlevel\n");
        foreach (var row in rows)
        {
            tsv.Append(CultureInfo.InvariantCulture, $"{row.Id}\t{row.Group}\t{row.Text}\t{row.Topic}\t{row.Level}\n");
        }

        File.WriteAllText(Path.Combine(folder, ModelFiles.Corpus), tsv.ToString());
        return folder;
    }

    // Two held-out situations per topic and the rest training, whatever the hash gives.
    private static List<string> GroupNames(string topic, int seed, int count)
    {
        var heldOut = new List<string>();
        var train = new List<string>();
        for (var i = 0; heldOut.Count < 2 || train.Count < count - 2; i++)
        {
            var name = $"{topic}-s{seed}-{i}";
            var probe = new LabelledPetition(name, "", topic, "", null, name);
            if (ModelTrainer.IsHeldOut(probe))
            {
                if (heldOut.Count < 2)
                {
                    heldOut.Add(name);
                }
            }
            else if (train.Count < count - 2)
            {
                train.Add(name);
            }
        }

        return [.. heldOut, .. train];
    }
}
