using System.Collections.Frozen;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// The statutory clocks of NOTES section 3. Limits written "10 ngày" in the law are calendar days; only those written
/// "ngày làm việc" count working days. CT-REPORT (relative to the National Assembly's session dates) and DP-BREACH
/// (72 hours, not days) are not day counts from one event and are left to their own features.
/// Rules with <see cref="DeadlineRule.NeedsVerification"/> can have their days overridden (<see cref="DeadlineOptions"/>).
/// </summary>
public static class DeadlineRules
{
    public const string ReceptionReply = "TCD-REPLY";
    public const string LetterProcessing = "XLD";
    public const string ComplaintFilingWindow = "KN-LIMIT";
    public const string FirstComplaintAcceptance = "KN1-ACCEPT";
    public const string FirstComplaintResolution = "KN1-RESOLVE";
    public const string SecondComplaintWindow = "KN2-WINDOW";
    public const string SecondComplaintAcceptance = "KN2-ACCEPT";
    public const string SecondComplaintResolution = "KN2-RESOLVE";
    public const string DenunciationInitialProcessing = "TC-INIT";
    public const string DenunciationForwarding = "TC-FORWARD";
    public const string DenunciationNotice = "TC-NOTIFY";
    public const string DenunciationResolution = "TC-RESOLVE";
    public const string VoterPetitionAnswer = "CT-ANSWER";
    public const string DataSubjectRequest = "DP-REQ";

    private const string ComplaintLaw = "Luật Khiếu nại 2011";
    private const string DenunciationLaw = "Luật Tố cáo 2018";

    /// <summary>The rules as the law writes them, before any configuration override.</summary>
    public static IReadOnlyList<DeadlineRule> All { get; } =
    [
        new()
        {
            Id = ReceptionReply,
            Label = "Trả lời kiến nghị, phản ánh tại buổi tiếp công dân",
            LegalBasis = "Điều 28 Luật Tiếp công dân 2013",
            StartsFrom = "ngày tiếp công dân",
            Counting = DeadlineCounting.CalendarDays,
            Days = 10,
        },
        new()
        {
            Id = LetterProcessing,
            Label = "Phân loại, xử lý đơn",
            LegalBasis = "Thông tư 05/2021/TT-TTCP",
            StartsFrom = "ngày nhận được đơn",
            Counting = DeadlineCounting.WorkingDays,
            Days = 10,
            NeedsVerification = true,
        },
        new()
        {
            Id = ComplaintFilingWindow,
            Label = "Thời hiệu khiếu nại",
            LegalBasis = "Điều 9 " + ComplaintLaw,
            StartsFrom = "ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính",
            Counting = DeadlineCounting.CalendarDays,
            Days = 90,

            // Art. 9: time lost to illness, natural disaster, war, travel or study far away or another objective
            // obstacle is not counted; each such period is recorded like an extension, with the proof's reference.
            Extensions = new(null, int.MaxValue, int.MaxValue, int.MaxValue, null,
                "thời gian có trở ngại khách quan không tính vào thời hiệu"),
        },
        new()
        {
            Id = FirstComplaintAcceptance,
            Label = "Thụ lý khiếu nại lần đầu",
            LegalBasis = "Điều 27 " + ComplaintLaw,
            StartsFrom = "ngày nhận được khiếu nại",
            Counting = DeadlineCounting.CalendarDays,
            Days = 10,
        },
        new()
        {
            Id = FirstComplaintResolution,
            Label = "Giải quyết khiếu nại lần đầu",
            LegalBasis = "Điều 28 " + ComplaintLaw,
            StartsFrom = "ngày thụ lý",
            Counting = DeadlineCounting.CalendarDays,
            Days = 30,
            ComplexDays = 45,
            RemoteAreaDays = 45,
            RemoteAreaComplexDays = 60,
        },
        new()
        {
            Id = SecondComplaintWindow,
            Label = "Khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
            LegalBasis = "Điều 33 " + ComplaintLaw,
            StartsFrom = "ngày hết thời hạn giải quyết lần đầu hoặc ngày nhận được quyết định giải quyết khiếu nại lần đầu",
            Counting = DeadlineCounting.CalendarDays,
            Days = 30,
            RemoteAreaDays = 45,
        },
        new()
        {
            Id = SecondComplaintAcceptance,
            Label = "Thụ lý khiếu nại lần hai",
            LegalBasis = "Điều 36 " + ComplaintLaw,
            StartsFrom = "ngày nhận được khiếu nại",
            Counting = DeadlineCounting.CalendarDays,
            Days = 10,
        },
        new()
        {
            Id = SecondComplaintResolution,
            Label = "Giải quyết khiếu nại lần hai",
            LegalBasis = "Điều 37 " + ComplaintLaw,
            StartsFrom = "ngày thụ lý",
            Counting = DeadlineCounting.CalendarDays,
            Days = 45,
            ComplexDays = 60,
            RemoteAreaDays = 60,
            RemoteAreaComplexDays = 70,
        },
        new()
        {
            Id = DenunciationInitialProcessing,
            Label = "Vào sổ, kiểm tra và xử lý ban đầu tố cáo",
            LegalBasis = "Điều 24 " + DenunciationLaw,
            StartsFrom = "ngày nhận được tố cáo",
            Counting = DeadlineCounting.WorkingDays,
            Days = 7,

            // Art. 24(1): when the checks must be made at several places the limit may be longer, up to 10 working days.
            Extensions = new(3, 1, 1, 1, 10, "kiểm tra, xác minh tại nhiều địa điểm: không quá 10 ngày làm việc"),
        },
        new()
        {
            Id = DenunciationForwarding,
            Label = "Chuyển tố cáo không thuộc thẩm quyền",
            LegalBasis = "Điều 24 " + DenunciationLaw,
            StartsFrom = "ngày nhận được tố cáo",
            Counting = DeadlineCounting.WorkingDays,
            Days = 5,
        },
        new()
        {
            Id = DenunciationNotice,
            Label = "Thông báo việc thụ lý tố cáo cho người tố cáo và người bị tố cáo",
            LegalBasis = "Điều 29 " + DenunciationLaw,
            StartsFrom = "ngày ra quyết định thụ lý",
            Counting = DeadlineCounting.WorkingDays,
            Days = 5,
            NeedsVerification = true,
        },
        new()
        {
            Id = DenunciationResolution,
            Label = "Giải quyết tố cáo",
            LegalBasis = "Điều 30 " + DenunciationLaw,
            StartsFrom = "ngày thụ lý tố cáo",
            Counting = DeadlineCounting.CalendarDays,
            Days = 30,

            // Art. 30: a complex case may be extended once, an especially complex one twice, each time by at most
            // 30 days; so 60 and 90 days are the ceilings.
            Extensions = new(30, 0, 1, 2, 90,
                "vụ việc phức tạp gia hạn một lần, đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày"),
        },
        new()
        {
            Id = VoterPetitionAnswer,
            Label = "Trả lời kiến nghị của cử tri do Quốc hội chuyển đến",
            LegalBasis = "Điều 12 Quyết định 33/2017/QĐ-TTg, sửa đổi bởi Quyết định 30/2020/QĐ-TTg",
            StartsFrom = "ngày nhận được kiến nghị",
            Counting = DeadlineCounting.CalendarDays,
            Days = 60,
        },
        new()
        {
            Id = DataSubjectRequest,
            Label = "Xác nhận yêu cầu của chủ thể dữ liệu cá nhân",
            LegalBasis = "Nghị định 356/2025/NĐ-CP",
            StartsFrom = "ngày nhận được yêu cầu",
            Counting = DeadlineCounting.WorkingDays,
            Days = 2,
            NeedsVerification = true,
        },
    ];

    /// <summary>The rules after the overrides in <paramref name="options"/>; throws on a configuration error (see <see cref="ConfigurationError"/>).</summary>
    public static FrozenDictionary<string, DeadlineRule> Effective(DeadlineOptions? options)
    {
        if (ConfigurationError(options) is { } error)
        {
            throw new InvalidOperationException(error);
        }

        var rules = All.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, change) in options?.Rules ?? [])
        {
            var rule = rules[id];
            rules[rule.Id] = rule with
            {
                Days = change.Days ?? rule.Days,
                ComplexDays = change.ComplexDays ?? rule.ComplexDays,
                RemoteAreaDays = change.RemoteAreaDays ?? rule.RemoteAreaDays,
                RemoteAreaComplexDays = change.RemoteAreaComplexDays ?? rule.RemoteAreaComplexDays,
            };
        }

        return rules.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What is wrong with the configured overrides (an unknown rule id, a day count below 1), or null.</summary>
    public static string? ConfigurationError(DeadlineOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        if (options.DueSoonWorkingDays < 0)
        {
            return $"{DeadlineOptions.SectionName}:DueSoonWorkingDays cannot be negative.";
        }

        foreach (var (id, change) in options.Rules)
        {
            if (!All.Any(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                return $"{DeadlineOptions.SectionName}:Rules names unknown rule '{id}'.";
            }

            if (change.Days is < 1 || change.ComplexDays is < 1 || change.RemoteAreaDays is < 1 || change.RemoteAreaComplexDays is < 1)
            {
                return $"{DeadlineOptions.SectionName}:Rules:{id} has a day count below 1.";
            }
        }

        return null;
    }
}
