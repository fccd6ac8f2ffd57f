using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Routing;

/// <summary>
/// A routing rule as an administrator types it. Id null adds a rule. Kind: table, keyword or alias; patterns one per
/// line or separated by |; agencies separated by ; or spaces, primary first.
/// </summary>
public sealed record SaveRoutingRuleRequest(int? Id, string? Kind, string? TopicCode, string? Level, string? ProvinceCode,
    string? Patterns, string? AgencyCodes, string? Weight);

public sealed record SaveRoutingRuleResult(bool Saved, ValidationErrors Errors, RoutingRuleEntry? Rule = null, bool NotFound = false);

/// <summary>
/// Adds or changes a routing rule: validated against the topic, agency and province catalogs, audited, and the
/// routing table's revision moves so every node reloads it (this one at once).
/// </summary>
public sealed class SaveRoutingRule(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, AuditLog audit,
    IRoutingClassifierRefresher refresher, TimeProvider clock)
{
    public async Task<SaveRoutingRuleResult> ExecuteAsync(SaveRoutingRuleRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kind = ParseKind(request.Kind, errors);
        var topic = Blank(request.TopicCode);
        if (topic is not null && topics.Find(topic) is null)
        {
            errors.Add("topicCode", "Lĩnh vực không có trong danh mục.");
        }

        var level = Blank(request.Level);
        if (level is not null && !CompetenceLevels.IsValid(level) && level != RoutingRuleEntry.LocalLevels)
        {
            errors.Add("level", "Chọn cấp: trung ương, cấp tỉnh, cấp xã hoặc địa phương (tỉnh và xã).");
        }
        else if (level is null && kind == RoutingRuleKind.Table)
        {
            errors.Add("level", "Dòng của bảng chuyển đơn cần có cấp thẩm quyền.");
        }

        var province = Blank(request.ProvinceCode);
        if (province is not null && !await db.Provinces.AnyAsync(p => p.Code == province, cancellationToken))
        {
            errors.Add("provinceCode", "Mã tỉnh, thành phố không có trong danh mục (ví dụ 01 là Hà Nội).");
        }

        var patterns = ParsePatterns(request.Patterns, kind, errors);
        var agencyCodes = ParseAgencies(request.AgencyCodes, kind, errors);
        var weight = ParseWeight(request.Weight, errors);

        RoutingRuleEntry? rule = null;
        if (request.Id is { } id)
        {
            rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (rule is null)
            {
                return new SaveRoutingRuleResult(false, errors, NotFound: true);
            }
        }

        if (errors.IsEmpty && kind == RoutingRuleKind.Table
            && await db.RoutingRules.AnyAsync(r => r.Kind == RoutingRuleKind.Table && r.TopicCode == topic && r.Level == level
                && r.ProvinceCode == province && r.Id != (request.Id ?? 0), cancellationToken))
        {
            errors.Add("topicCode", "Đã có một dòng của bảng cho lĩnh vực, cấp và tỉnh này; hãy sửa dòng đó.");
        }

        if (!errors.IsEmpty)
        {
            return new SaveRoutingRuleResult(false, errors);
        }

        var now = clock.GetUtcNow();
        string before;
        if (rule is null)
        {
            var last = await db.RoutingRules.MaxAsync(r => (int?)r.Position, cancellationToken) ?? 0;
            rule = new RoutingRuleEntry(last + 1, kind!.Value, topic, level, province, patterns, agencyCodes, weight, actor.UserId, now);
            db.RoutingRules.Add(rule);
            before = "";
        }
        else
        {
            before = rule.Describe();
            rule.Set(kind!.Value, topic, level, province, patterns, agencyCodes, weight, actor.UserId, now);
        }

        await RoutingTableRevisions.BumpAsync(db, now, cancellationToken);
        audit.Add(actor, AuditActions.SettingsChange, "routing-rule", request.Id?.ToString(CultureInfo.InvariantCulture),
            before.Length == 0 ? "Thêm quy tắc chuyển đơn: " + rule.Describe() : $"Sửa quy tắc chuyển đơn: {before} ⇒ {rule.Describe()}");
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(cancellationToken);
        return new SaveRoutingRuleResult(true, errors, rule);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static RoutingRuleKind? ParseKind(string? text, ValidationErrors errors)
    {
        if (Enum.TryParse<RoutingRuleKind>(text?.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _))
        {
            return kind;
        }

        errors.Add("kind", "Chọn loại quy tắc: bảng chuyển đơn, từ khóa hoặc tên gọi cơ quan.");
        return null;
    }

    private static List<string> ParsePatterns(string? text, RoutingRuleKind? kind, ValidationErrors errors)
    {
        var patterns = (text ?? "").Split(['|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => VietnameseText.ToNfc(p) ?? p)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (kind == RoutingRuleKind.Table && patterns.Count > 0)
        {
            errors.Add("patterns", "Dòng của bảng chuyển đơn không có cụm từ; dùng loại “từ khóa” để chuyển theo cụm từ.");
        }
        else if (kind is RoutingRuleKind.Keyword or RoutingRuleKind.Alias && patterns.Count == 0)
        {
            errors.Add("patterns", "Nhập ít nhất một cụm từ.");
        }
        else if (patterns.Any(p => p.Length < 2 || p.Length > RoutingRuleEntry.PatternMaxLength || p.Contains(';', StringComparison.Ordinal) || p.Contains(',', StringComparison.Ordinal)))
        {
            errors.Add("patterns", $"Mỗi cụm từ dài 2–{RoutingRuleEntry.PatternMaxLength} ký tự, không chứa dấu phẩy hay chấm phẩy.");
        }
        else if (string.Join('|', patterns).Length > RoutingRuleEntry.PatternsMaxLength)
        {
            errors.Add("patterns", $"Các cụm từ dài tối đa {RoutingRuleEntry.PatternsMaxLength} ký tự cộng lại.");
        }

        return patterns;
    }

    private List<string> ParseAgencies(string? text, RoutingRuleKind? kind, ValidationErrors errors)
    {
        var codes = (text ?? "").Split([';', ',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .ToList();
        var max = kind == RoutingRuleKind.Alias ? 1 : RoutingRuleEntry.MaxAgencies;
        if (codes.Count == 0 || codes.Count > max)
        {
            errors.Add("agencyCodes", kind == RoutingRuleKind.Alias
                ? "Tên gọi trỏ tới đúng một cơ quan."
                : $"Nhập từ 1 đến {RoutingRuleEntry.MaxAgencies} mã cơ quan, cơ quan chính trước.");
        }
        else if (codes.FirstOrDefault(c => agencies.Find(c) is null) is { } unknown)
        {
            errors.Add("agencyCodes", $"Mã cơ quan “{unknown}” không có trong danh mục cơ quan.");
        }
        else if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            errors.Add("agencyCodes", "Mỗi cơ quan chỉ ghi một lần.");
        }

        return codes;
    }

    private static int ParseWeight(string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight is >= 0 and <= RoutingRuleEntry.MaxWeight)
        {
            return weight;
        }

        errors.Add("weight", $"Trọng số là số nguyên từ 0 đến {RoutingRuleEntry.MaxWeight}.");
        return 0;
    }
}
