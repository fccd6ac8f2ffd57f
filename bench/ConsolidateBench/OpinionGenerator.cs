using System.Globalization;
using System.Text;
using CitizenVoice.Core.Consolidation;

namespace ConsolidateBench;

/// <summary>
/// Voter opinions as they arrive from meeting minutes: a few hundred base issues (topic × problem × the road,
/// school or scheme concerned), each worded through several paraphrases and framings, from many communes, a quarter
/// typed without diacritics and a third with typing mistakes. Seeded, so every run sees the same corpus.
/// </summary>
internal static class OpinionGenerator
{
    private sealed record Problem(bool Central, string[] Wordings);

    private sealed record Topic(string Code, string[] Objects, Problem[] Problems);

    private static readonly Topic[] Topics =
    [
        new("giao-thong",
            ["đường tỉnh 534", "quốc lộ 46", "đường tỉnh 558", "tuyến đường liên xã Nghi Phong - Nghi Xuân", "cầu Bến Thủy", "đường ven biển đoạn Cửa Lò", "tuyến đường Hồ Chí Minh đoạn qua Tân Kỳ", "cầu treo bản Cánh", "đường tránh Vinh", "quốc lộ 7A đoạn qua Con Cuông", "đường Lê Mao kéo dài", "cầu Mượu", "đường tỉnh 535", "quốc lộ 48E", "đường Nguyễn Sỹ Sách", "cầu vượt Quán Bàu"],
            [
                new(false, ["sớm nâng cấp, sửa chữa {0} đã xuống cấp nghiêm trọng, mặt đường nhiều ổ gà", "{0} xuống cấp nghiêm trọng, nhiều ổ gà, đề nghị sớm nâng cấp sửa chữa", "sửa chữa mặt đường {0} bị hư hỏng, ổ gà nhiều, đi lại rất khó khăn"]),
                new(false, ["lắp đặt đèn tín hiệu và biển báo tại nút giao {0} thường xảy ra tai nạn", "nút giao {0} thường xuyên xảy ra tai nạn giao thông, cần lắp đèn tín hiệu, biển báo", "bổ sung đèn tín hiệu giao thông, biển cảnh báo ở nút giao {0}"]),
                new(true, ["bố trí vốn trung ương để mở rộng {0} vì lưu lượng xe tải lớn, thường xuyên ùn tắc", "{0} quá tải, ùn tắc thường xuyên; đề nghị Chính phủ bố trí vốn mở rộng", "sớm đầu tư mở rộng {0} bằng nguồn vốn trung ương do xe tải lưu thông nhiều, ùn tắc kéo dài"]),
                new(false, ["xử lý tình trạng xe quá tải chạy trên {0} làm hư hỏng đường", "xe chở quá tải trọng thường xuyên đi qua {0} gây hư hỏng mặt đường, đề nghị kiểm tra xử lý", "tăng cường kiểm soát tải trọng xe trên {0}, xe quá tải làm hỏng đường"]),
            ]),
        new("y-te",
            ["trạm y tế xã", "Bệnh viện đa khoa khu vực Tây Bắc", "Bệnh viện Sản Nhi Nghệ An", "trung tâm y tế Diễn Châu", "bệnh viện đa khoa Thái Hòa", "trạm y tế phường Vinh Phú", "bệnh viện Ung bướu Nghệ An", "trung tâm y tế Quỳ Hợp", "Bệnh viện Hữu nghị đa khoa Nghệ An", "trạm y tế Hạnh Lâm", "Bệnh viện Mắt Nghệ An", "trung tâm y tế Tương Dương", "Bệnh viện Phục hồi chức năng", "phòng khám đa khoa Khe Bố"],
            [
                new(false, ["bổ sung bác sĩ và trang thiết bị cho {0} đang thiếu nghiêm trọng", "{0} thiếu bác sĩ, thiếu trang thiết bị khám chữa bệnh, đề nghị bổ sung", "tăng cường nhân lực bác sĩ, đầu tư trang thiết bị y tế cho {0}"]),
                new(true, ["bảo đảm đủ thuốc trong danh mục bảo hiểm y tế tại {0}, người bệnh phải tự mua thuốc bên ngoài", "tình trạng thiếu thuốc bảo hiểm y tế ở {0}, bệnh nhân phải mua thuốc ngoài", "khắc phục việc thiếu thuốc thuộc danh mục bảo hiểm y tế tại {0}"]),
                new(false, ["cải thiện thái độ phục vụ của nhân viên {0} đối với người bệnh", "thái độ phục vụ người bệnh của một số nhân viên {0} chưa tốt, đề nghị chấn chỉnh", "chấn chỉnh tinh thần, thái độ phục vụ người bệnh tại {0}"]),
            ]),
        new("giao-duc",
            ["trường tiểu học Nghi Lộc 1", "trường THCS Diễn Thịnh", "trường mầm non Hoa Sen", "trường THPT Quỳnh Lưu 2", "điểm trường bản Huồi Cáng", "trường tiểu học Bến Thủy", "trường THCS Đặng Thai Mai", "trường mầm non Vinh Tân", "trường THPT Huỳnh Thúc Kháng", "trường tiểu học Lê Lợi", "điểm trường bản Xốp Mạt", "trường THCS Lý Nhật Quang", "trường tiểu học Hưng Lộc", "trường phổ thông dân tộc nội trú Kỳ Sơn"],
            [
                new(false, ["xây mới phòng học cho {0} vì phòng học cũ xuống cấp, thấm dột", "phòng học của {0} xuống cấp, thấm dột khi mưa, đề nghị đầu tư xây mới", "đầu tư xây dựng phòng học mới cho {0}, phòng cũ đã hư hỏng, dột nát"]),
                new(true, ["giải quyết tình trạng thiếu giáo viên tại {0}, nhiều lớp phải ghép", "{0} thiếu giáo viên trầm trọng, học sinh phải học ghép lớp", "bổ sung biên chế giáo viên cho {0} đang thiếu nhiều"]),
                new(false, ["chấn chỉnh việc thu các khoản ngoài quy định đầu năm học tại {0}", "{0} thu nhiều khoản ngoài quy định đầu năm học, phụ huynh bức xúc", "kiểm tra việc lạm thu đầu năm học ở {0}"]),
            ]),
        new("moi-truong",
            ["khu xử lý rác Nghi Yên", "trại chăn nuôi lợn xóm 3", "nhà máy chế biến thủy sản Quỳnh Dị", "sông Cấm đoạn qua Hưng Lộc", "bãi rác Đông Vinh", "khu công nghiệp Nam Cấm", "làng nghề nước mắm Hưng Dũng", "kênh Bắc đoạn qua Nghi Kim", "nhà máy xi măng Sông Lam", "mỏ đá Lèn Chu", "cơ sở tái chế nhựa Hưng Đông", "trại gà Thành Vinh", "sông Rào Đừng", "nhà máy gạch Tuynel Diễn Yên"],
            [
                new(false, ["xử lý dứt điểm tình trạng ô nhiễm mùi hôi từ {0} ảnh hưởng đời sống người dân", "{0} gây ô nhiễm, bốc mùi hôi thối kéo dài, đề nghị xử lý dứt điểm", "kiểm tra, xử lý ô nhiễm môi trường, mùi hôi phát ra từ {0}"]),
                new(false, ["nạo vét, khơi thông {0} bị bồi lắng, rác thải ứ đọng gây ngập úng", "{0} bồi lắng, ứ đọng rác thải, mùa mưa gây ngập, đề nghị nạo vét", "khơi thông dòng chảy {0} để chống ngập úng, rác thải ùn ứ"]),
                new(true, ["có chính sách hỗ trợ người dân bị ảnh hưởng bởi {0}, nguồn nước sinh hoạt bị ô nhiễm", "nguồn nước sinh hoạt quanh {0} bị ô nhiễm, đề nghị Chính phủ có chính sách hỗ trợ người dân", "hỗ trợ nước sạch cho các hộ dân bị ảnh hưởng ô nhiễm nguồn nước từ {0}"]),
            ]),
        new("dat-dai",
            ["dự án đường ven biển Nghi Sơn - Cửa Lò", "khu tái định cư Hưng Hòa", "dự án khu công nghiệp WHA", "khu đô thị Vinh Tân", "dự án mở rộng quốc lộ 1A", "dự án hồ chứa nước Bản Mồng", "khu quy hoạch dân cư Nghi Đức", "dự án cao tốc Bắc - Nam đoạn Diễn Châu", "khu đô thị Cửa Tiền", "dự án sân bay Vinh mở rộng", "khu tái định cư Nghi Hợp", "dự án đường Lý Tự Trọng", "khu kinh tế Đông Nam"],
            [
                new(false, ["đẩy nhanh chi trả tiền bồi thường giải phóng mặt bằng {0} còn chậm", "tiền bồi thường giải phóng mặt bằng {0} chi trả quá chậm, người dân bức xúc", "sớm chi trả dứt điểm tiền đền bù giải phóng mặt bằng {0}"]),
                new(false, ["xem xét lại đơn giá bồi thường đất tại {0} vì thấp hơn giá thị trường", "đơn giá đền bù đất của {0} quá thấp so với thị trường, đề nghị điều chỉnh", "điều chỉnh giá bồi thường đất thu hồi cho {0} cho phù hợp giá thị trường"]),
                new(false, ["sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tại {0}", "nhiều hộ dân ở {0} chờ nhiều năm chưa được cấp giấy chứng nhận quyền sử dụng đất", "đẩy nhanh cấp sổ đỏ cho người dân thuộc {0}"]),
            ]),
        new("nguoi-co-cong",
            ["thương binh", "người nhiễm chất độc hóa học", "thanh niên xung phong", "bệnh binh", "người có công với cách mạng", "thân nhân liệt sĩ", "dân công hỏa tuyến", "cựu thanh niên xung phong chống Pháp", "người hoạt động cách mạng bị địch bắt tù đày", "quân nhân xuất ngũ theo Quyết định 62", "cựu chiến binh tham gia bảo vệ biên giới", "Bà mẹ Việt Nam anh hùng", "người phục vụ lão thành cách mạng"],
            [
                new(true, ["nâng mức trợ cấp hằng tháng đối với {0} cho phù hợp mức sống hiện nay", "mức trợ cấp hằng tháng của {0} còn thấp, đề nghị Chính phủ điều chỉnh tăng", "điều chỉnh tăng trợ cấp hằng tháng cho {0}"]),
                new(true, ["đơn giản hóa thủ tục xác nhận chế độ cho {0} không còn giấy tờ gốc", "nhiều trường hợp {0} không còn giấy tờ gốc nên chưa được hưởng chế độ, đề nghị đơn giản thủ tục", "tháo gỡ vướng mắc hồ sơ công nhận chế độ {0} do thất lạc giấy tờ"]),
                new(false, ["hỗ trợ sửa chữa nhà ở cho {0} có nhà xuống cấp", "nhà ở của nhiều {0} đã dột nát, đề nghị hỗ trợ kinh phí sửa chữa", "có chính sách hỗ trợ xây, sửa nhà cho {0} còn khó khăn về nhà ở"]),
            ]),
        new("nong-nghiep",
            ["trạm bơm Hưng Châu", "hồ Vực Mấu", "kênh N3 Đô Lương", "đê tả Lam", "đập Khe Gỗ", "kênh tưới Nam Đàn", "hồ Khe Đá", "trạm bơm Nghi Lâm", "hồ Vệ Vừng", "đê biển Quỳnh Thuận", "kênh Vách Bắc", "đập Sông Sào", "trạm bơm Yên Sở", "hồ Bara Đô Lương"],
            [
                new(false, ["sửa chữa {0} bị hư hỏng trước vụ hè thu để bảo đảm nước tưới", "{0} hư hỏng, không đủ nước tưới cho vụ hè thu, đề nghị sửa chữa", "khẩn trương khắc phục hư hỏng {0} phục vụ sản xuất vụ hè thu"]),
                new(false, ["gia cố {0} bị sạt lở, mất an toàn mùa mưa bão", "{0} sạt lở nhiều đoạn, nguy cơ mất an toàn khi mưa bão, đề nghị gia cố", "đầu tư kè chống sạt lở {0} trước mùa mưa lũ"]),
                new(true, ["có cơ chế hỗ trợ giá vật tư nông nghiệp cho nông dân vùng hưởng lợi từ {0}", "giá phân bón, vật tư tăng cao, nông dân vùng {0} đề nghị Nhà nước hỗ trợ", "hỗ trợ giá phân bón, thức ăn chăn nuôi cho nông dân quanh {0}"]),
            ]),
        new("an-ninh-trat-tu",
            ["khu vực chợ Vinh", "bãi biển Cửa Lò", "khu công nghiệp Bắc Vinh", "bến xe Chợ Vinh", "khu vực cầu Cửa Hội", "khu trọ sinh viên Bến Thủy", "khu vực chợ Diễn Châu", "khu đô thị Vinh Tân", "quảng trường Hồ Chí Minh", "khu vực bến Thủy", "khu du lịch Bãi Lữ", "khu vực ga Vinh", "khu dân cư Đông Vĩnh"],
            [
                new(false, ["tăng cường tuần tra, xử lý tệ nạn ma túy tại {0}", "tình trạng sử dụng, mua bán ma túy ở {0} diễn biến phức tạp, đề nghị xử lý", "trấn áp tệ nạn ma túy tại {0}"]),
                new(false, ["xử lý tình trạng đua xe, gây rối trật tự vào ban đêm ở {0}", "ban đêm thường xuyên có nhóm thanh niên đua xe, gây mất trật tự ở {0}", "ngăn chặn đua xe trái phép, gây rối về đêm tại {0}"]),
                new(true, ["sửa đổi quy định để xử lý nghiêm hành vi cho vay nặng lãi, tín dụng đen tại {0}", "tín dụng đen, cho vay nặng lãi hoạt động công khai ở {0}, đề nghị có chế tài mạnh hơn", "có chế tài xử lý nghiêm tín dụng đen đang hoạt động tại {0}"]),
            ]),
    ];

    private static readonly string[] Communes =
    [
        "xã Nghi Lộc", "xã Diễn Châu", "xã Quỳnh Lưu", "xã Hưng Nguyên", "xã Nam Đàn", "xã Thanh Chương", "xã Đô Lương",
        "xã Yên Thành", "xã Anh Sơn", "xã Con Cuông", "xã Tân Kỳ", "xã Nghĩa Đàn", "xã Quỳ Hợp", "xã Quỳ Châu",
        "xã Tương Dương", "xã Mường Xén", "phường Trường Vinh", "phường Vinh Phú", "phường Vinh Hưng", "phường Vinh Lộc",
        "phường Cửa Lò", "phường Hoàng Mai", "phường Thái Hòa", "phường Bến Thủy", "xã Hưng Dũng", "xã Nghi Phong",
        "xã Nghi Xuân", "xã Diễn Thịnh", "xã Quỳnh Anh", "xã Yên Xuân", "xã Tam Quang", "xã Châu Tiến", "xã Nhôn Mai",
        "xã Hữu Kiệm", "xã Tri Lễ", "xã Hạnh Lâm", "xã Bích Hào", "xã Cát Ngạn", "xã Đại Đồng", "phường Quỳnh Mai",
    ];

    private static readonly string[] Framings =
    [
        "Cử tri {c} đề nghị {p}.",
        "Cử tri {c} phản ánh: {p}.",
        "Đề nghị các cấp có thẩm quyền quan tâm {p}.",
        "Cử tri {c} kiến nghị {p}, vì ảnh hưởng lớn đến đời sống nhân dân.",
        "Tại {c}, cử tri đề nghị {p}; mong các cơ quan chức năng sớm giải quyết.",
        "Cử tri tiếp tục đề nghị {p}.",
        "{P}. Đề nghị sớm xem xét, giải quyết dứt điểm.",
    ];

    public static int IssueCount => Issues().Length;

    // Every object with two of its topic's problems: the same road comes with two complaints and the same complaint
    // with several roads, the hard cases for consolidation, without the full cross product no real session has.
    private static (Topic Topic, Problem Problem, string Object)[] Issues() =>
        [.. from t in Topics
            from k in Enumerable.Range(0, t.Objects.Length)
            from p in new[] { k % t.Problems.Length, (k + 1) % t.Problems.Length }
            select (t, t.Problems[p], t.Objects[k])];

    public static List<SyntheticOpinion> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var issues = Issues();
        var result = new List<SyntheticOpinion>(count);
        for (var i = 0; i < count; i++)
        {
            var issueIndex = random.Next(issues.Length);
            var (topic, problem, obj) = issues[issueIndex];
            var commune = Communes[random.Next(Communes.Length)];
            var core = string.Format(CultureInfo.InvariantCulture, problem.Wordings[random.Next(problem.Wordings.Length)], obj);
            var text = Framings[random.Next(Framings.Length)]
                .Replace("{c}", commune, StringComparison.Ordinal)
                .Replace("{P}", char.ToUpperInvariant(core[0]) + core[1..], StringComparison.Ordinal)
                .Replace("{p}", core, StringComparison.Ordinal);
            if (random.NextDouble() < 0.25)
            {
                text = random.NextDouble() < 0.5 ? StripMarks(text) : StripMarks(text).ToLowerInvariant();
            }

            if (random.NextDouble() < 0.33)
            {
                text = Typo(text, random);
            }

            var id = new Guid(random.Next(), (short)random.Next(), (short)random.Next(), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            result.Add(new SyntheticOpinion(new ClusterInput(id, text, topic.Code, "40", commune), issueIndex, commune, problem.Central));
        }

        return result;
    }

    /// <summary>Typed without diacritics but with capitals kept, as on a phone without a Vietnamese keyboard.</summary>
    private static string StripMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return sb.ToString();
    }

    /// <summary>One or two slips of the finger: swapped, dropped or doubled letters inside a longer word.</summary>
    private static string Typo(string text, Random random)
    {
        var chars = text.ToList();
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var at = random.Next(1, chars.Count - 2);
            if (!char.IsLetter(chars[at]) || !char.IsLetter(chars[at + 1]))
            {
                continue;
            }

            switch (random.Next(3))
            {
                case 0:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
                case 1:
                    chars.RemoveAt(at);
                    break;
                default:
                    chars.Insert(at, chars[at]);
                    break;
            }
        }

        return new string([.. chars]);
    }
}
