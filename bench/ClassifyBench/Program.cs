using System.Diagnostics;
using System.Globalization;
using CitizenVoice.Classification;
using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Text;
using CitizenVoice.Classification.Training;

// Measures the runtime classifier: model load time, size, single-item and batch predictions per second, against
// a trivial keyword-lookup baseline measured in the same run. Exits 1 when a target is missed.
var modelDir = args.Length > 0 ? args[0] : "ml-models";
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3.0;
var texts = PetitionCorpus.LoadTsv(Path.Combine(modelDir, "data", "petitions.tsv")).Select(r => r.Text).Take(2000).ToArray();

var load = Stopwatch.StartNew();
var classifier = new RoutingClassifier(new ClassifierOptions { ModelPath = modelDir });
classifier.Classify(texts[0]);
var loadMs = load.Elapsed.TotalMilliseconds;
var sizeMb = new[] { ModelFiles.TopicModel, ModelFiles.LevelModel }.Sum(f => new FileInfo(Path.Combine(modelDir, f)).Length) / 1048576.0;

double Rate(Action<string> act)
{
    for (var i = 0; i < 200; i++)
    {
        act(texts[i % texts.Length]);
    }

    var n = 0;
    var sw = Stopwatch.StartNew();
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        act(texts[n % texts.Length]);
        n++;
    }

    return n / sw.Elapsed.TotalSeconds;
}

// Where a single prediction's time goes: each stage alone, in microseconds per text (PredictionEngine for comparison).
var ml = new Microsoft.ML.MLContext(1);
var featurizer = PetitionFeaturizer.ForCurrentThread();
var topicModel = ml.Model.Load(Path.Combine(modelDir, ModelFiles.TopicModel), out _);
var levelModel = ml.Model.Load(Path.Combine(modelDir, ModelFiles.LevelModel), out _);
var topicEngine = ml.Model.CreatePredictionEngine<PetitionFeatures, LabelPrediction>(topicModel);
var topicScorer = LinearScorer.TryCreate(topicModel);
var levelScorer = LinearScorer.TryCreate(levelModel);
var inputs = texts.Select(t => PetitionFeatures.From(t)).ToArray();
var foldedTexts = texts.Select(VietnameseText.FoldForMatching).ToArray();
var output = new LabelPrediction();
var scoreBuffer = new float[64];
var routing = classifier.Routing;
var k = 0;
double Micro(Action act) => 1e6 / Rate(_ => act());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage us/text: normalise+featurize {Micro(() => featurizer.Featurize(texts[k++ % texts.Length], out _)):F1}"
    + $"  topic {(topicScorer is null ? double.NaN : Micro(() => topicScorer.Score(inputs[k++ % inputs.Length].Features, scoreBuffer))):F1}"
    + $"  level {(levelScorer is null ? double.NaN : Micro(() => levelScorer.Score(inputs[k++ % inputs.Length].Features, scoreBuffer))):F1}"
    + $"  routing {Micro(() => routing.Route(new RoutingQuery(texts[k % texts.Length], "moi-truong", "xa") { FoldedText = foldedTexts[k++ % texts.Length] })):F1}"
    + $"  (topic via PredictionEngine {Micro(() => topicEngine.Predict(inputs[k++ % inputs.Length], ref output)):F1})"));

var single = Rate(t => classifier.Classify(t));
var batchWatch = Stopwatch.StartNew();
var batches = 0;
while (batchWatch.Elapsed.TotalSeconds < seconds)
{
    // Successive chunks of the same 2,000 texts the single-item loop cycles through, so both see the same mix.
    classifier.ClassifyAll(new ArraySegment<string>(texts, (batches % (texts.Length / 500)) * 500, 500));
    batches++;
}

var batch = batches * 500 / batchWatch.Elapsed.TotalSeconds;

// Baseline: first keyword hit in the folded text decides the topic; the cheapest classifier one could ship.
var keywords = new (string Word, string Topic)[]
{
    ("dat", "dat-dai"), ("rac", "moi-truong"), ("duong", "giao-thong"), ("benh vien", "y-te"), ("bao hiem", "bao-hiem"),
    ("truong", "giao-duc"), ("nguoi co cong", "lao-dong-xa-hoi"), ("thuy loi", "nong-nghiep"), ("thue", "tai-chinh-thue"),
    ("ma tuy", "an-ninh-trat-tu"), ("xay dung", "xay-dung-do-thi"), ("dien", "cong-thuong-dien"), ("vay", "ngan-hang-tin-dung"),
};
var baseline = Rate(t =>
{
    var folded = VietnameseText.FoldForMatching(t);
    _ = keywords.FirstOrDefault(k => folded.Contains(k.Word, StringComparison.Ordinal)).Topic ?? "khac";
});

var failed = false;
void Report(string name, double value, string unit, double target, bool higherIsBetter)
{
    var ok = higherIsBetter ? value >= target : value <= target;
    failed |= !ok;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {value,12:F1} {unit,-8} target {(higherIsBetter ? ">=" : "<=")} {target,-8} {(ok ? "ok" : "MISSED")}"));
}

Console.WriteLine($"fast path (max-entropy scored from weights): {classifier.UsesLinearScorers}");
Report("single-item predictions/s", single, "/s", 5000, true);
Report("batch predictions/s", batch, "/s", 5000, true);
Report("model load (incl. 1st call)", loadMs, "ms", 5000, false);
Report("model size (both zips)", sizeMb, "MB", 10, false);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"keyword baseline /s",-28} {baseline,12:F1} /s       ratio model/baseline {single / baseline:F3}"));
return failed ? 1 : 0;
