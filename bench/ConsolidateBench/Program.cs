using System.Diagnostics;
using System.Globalization;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Reports.VoterPetitions;
using ConsolidateBench;

// Clusters synthetic voter opinions (10,000 and 100,000) and times it against exact grouping after folding, measured
// in the same run; scores both against the generator's ground truth; then times a 3,000-opinion session report
// (DOCX and XLSX appendix). Exits 1 when a target is missed. Usage: ConsolidateBench [--out DIR] to keep the files.
var outDir = args.Length > 1 && args[0] == "--out" ? args[1] : null;
var failed = false;

void Report(string name, double value, string unit, double target)
{
    var ok = value <= target;
    failed |= !ok;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {value,9:F2} {unit,-3} target < {target,-5} {(ok ? "ok" : "MISSED")}"));
}

var threshold = Environment.GetEnvironmentVariable("CONSOLIDATE_THRESHOLD");
var clusterer = new OpinionClusterer(threshold is null ? null : new OpinionClustererOptions { SimilarityThreshold = double.Parse(threshold, CultureInfo.InvariantCulture) });
clusterer.Cluster([.. OpinionGenerator.Generate(2_000, 7).Select(o => o.Input)]);
// The machine is shared: the load average says how much of it the figures below had.
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
Console.WriteLine($"{OpinionGenerator.IssueCount} base issues, {Environment.ProcessorCount} cores (load average {load}), threshold {threshold ?? new OpinionClustererOptions().SimilarityThreshold.ToString(CultureInfo.InvariantCulture)}");

foreach (var (size, target) in new[] { (10_000, 1.5), (100_000, 10.0) }.Where(s => s.Item1 <= int.Parse(Environment.GetEnvironmentVariable("CONSOLIDATE_MAX") ?? "100000", CultureInfo.InvariantCulture)))
{
    var corpus = OpinionGenerator.Generate(size, 42);
    var inputs = corpus.Select(o => o.Input).ToArray();
    var truth = corpus.ToDictionary(o => o.Input.Id, o => o.Issue);

    GC.Collect();
    var watch = Stopwatch.StartNew();
    var clusters = clusterer.Cluster(inputs);
    var seconds = watch.Elapsed.TotalSeconds;

    watch.Restart();
    var exact = inputs.GroupBy(i => (i.TopicCode, VietnameseText.Fold(i.Text))).Select(g => g.Select(i => i.Id).ToList()).ToList();
    var baseline = watch.Elapsed.TotalSeconds;

    var (p, r) = PairQuality.Score(clusters.Select(c => c.MemberIds), truth);
    var (bp, br) = PairQuality.Score(exact, truth);
    Report($"cluster {size:N0} opinions", seconds, "s", target);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {clusters.Count:N0} clusters ({clusters.Count(c => c.Count > 1):N0} with 2+), pairwise precision {p:F3} recall {r:F3}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  baseline exact match after folding: {baseline:F2} s, {exact.Count:N0} groups, precision {bp:F3} recall {br:F3}; time ratio {seconds / baseline:F1}x"));
}

var opinions = OpinionGenerator.Generate(3_000, 2026);
var model = SessionReportModel.From(opinions, clusterer.Cluster([.. opinions.Select(o => o.Input)]));
double WriteBoth()
{
    var watch = Stopwatch.StartNew();
    using var docx = new MemoryStream();
    using var xlsx = new MemoryStream();
    new PreSessionReportDocx().Write(model, docx);
    new OpinionsAppendixXlsx().Write(model, xlsx);
    var elapsed = watch.Elapsed.TotalSeconds;
    if (outDir is not null)
    {
        Directory.CreateDirectory(outDir);
        File.WriteAllBytes(Path.Combine(outDir, "bao-cao-3000.docx"), docx.ToArray());
        File.WriteAllBytes(Path.Combine(outDir, "phu-luc-3000.xlsx"), xlsx.ToArray());
    }

    return elapsed;
}

var cold = WriteBoth();
Report($"report {model.OpinionCount:N0} opinions, first run", cold, "s", 3.0);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {model.AllItems.Count():N0} items; warm run {WriteBoth():F2} s"));
return failed ? 1 : 0;
