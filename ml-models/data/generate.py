#!/usr/bin/python3
"""Generates ml-models/data/petitions.tsv: a labelled, synthetic Vietnamese petition corpus.

Written for this project: phrase banks of situations per topic and competence level (what voters and citizens
really raise, and which body answers it after the 2025 restructuring, per shared/domain/NOTES.md section 10),
wrapped in the registers that arrive (formal voter-petition summaries, individual letters, short informal phone or
hotline messages), with real provinces and communes from the seed CSVs, then register transforms (no diacritics,
typos, "teencode", lower case). Seeded, so the output is reproducible:

    /usr/bin/python3 ml-models/data/generate.py            # writes ml-models/data/petitions.tsv

No line of the evaluation set is used here.
"""
import csv
import os
import random
import unicodedata

SEED = 20260705
PER_SITUATION = 17

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_DIR = os.path.join(HERE, "..", "..", "src", "CitizenVoice.Data", "Seed")

# Situations: "LEVEL|AGENCY|problem ~ problem ...|ask ~ ask ..." under "## topic".
# LEVEL: TU = trung-uong, T = tinh, X = xa. Placeholders: {street} {alley} {village} {num}.
BANK = r"""
## dat-dai
TU|BNNMT|quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất còn bất cập, giá bồi thường thấp hơn nhiều so với giá thị trường ~ giá đất bồi thường khi thu hồi đất nông nghiệp quá thấp, người dân không đồng thuận ~ việc xác định giá đất cụ thể để tính tiền bồi thường kéo dài, dự án chậm giải phóng mặt bằng|sửa đổi Luật Đất đai theo hướng bảo đảm quyền lợi người có đất bị thu hồi ~ ban hành hướng dẫn thống nhất về bồi thường, hỗ trợ, tái định cư ~ có cơ chế định giá đất sát giá thị trường
TU|BNNMT|nhiều hộ dân sử dụng đất ổn định từ trước năm 1993 nhưng chưa được cấp giấy chứng nhận do vướng quy định về hạn mức đất ở ~ quy định về tách thửa, hợp thửa đất chưa thống nhất giữa các địa phương ~ thủ tục chuyển mục đích sử dụng đất vườn sang đất ở phức tạp, tiền sử dụng đất quá cao|hướng dẫn cụ thể việc cấp giấy chứng nhận cho đất có nguồn gốc trước năm 1993 ~ thống nhất quy định điều kiện tách thửa ~ giảm tiền sử dụng đất khi chuyển mục đích trong cùng thửa
TU|BNNMT|đất của các nông trường, lâm trường sử dụng kém hiệu quả trong khi đồng bào địa phương thiếu đất sản xuất ~ diện tích đất do công ty lâm nghiệp quản lý bỏ hoang nhiều năm|rà soát, thu hồi đất nông lâm trường giao lại cho địa phương quản lý ~ có chính sách giao đất sản xuất cho hộ thiếu đất
TU|BNNMT|người dân khiếu nại kéo dài về giá bồi thường khi thu hồi đất làm dự án quốc lộ, đường cao tốc ~ dự án thu hồi đất quy mô lớn nhưng chậm triển khai, đất bỏ hoang nhiều năm|xem xét lại chính sách bồi thường, tái định cư của dự án ~ thu hồi dự án chậm triển khai trả lại đất cho dân
TU|BNNMT|thời hạn giao đất nông nghiệp sắp hết, người dân lo lắng ~ hạn mức nhận chuyển nhượng đất nông nghiệp thấp, khó tích tụ ruộng đất|hướng dẫn việc gia hạn sử dụng đất nông nghiệp ~ nới hạn mức nhận chuyển nhượng đất nông nghiệp
T|SNNMT|gia đình được giao đất ở từ nhiều năm nhưng đến nay vẫn chưa được cấp sổ đỏ ~ hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất nộp từ lâu nhưng chưa được giải quyết ~ giấy chứng nhận quyền sử dụng đất cấp sai diện tích, sai vị trí thửa đất ~ chi nhánh văn phòng đăng ký đất đai giải quyết hồ sơ sang tên quá hạn|xem xét cấp giấy chứng nhận quyền sử dụng đất cho gia đình ~ chỉ đạo văn phòng đăng ký đất đai giải quyết dứt điểm hồ sơ ~ đính chính sổ đỏ cho đúng hiện trạng
T|SNNMT|việc thu hồi đất của gia đình và bố trí tái định cư chưa thỏa đáng ~ dự án khu đô thị thu hồi đất nhưng chậm chi trả tiền bồi thường, hỗ trợ ~ khu tái định cư chưa hoàn thiện hạ tầng nhưng đã yêu cầu người dân bàn giao mặt bằng ~ đơn giá bồi thường cây trồng, vật kiến trúc quá thấp|xem xét lại phương án bồi thường, tái định cư ~ sớm chi trả tiền bồi thường cho các hộ bị thu hồi đất ~ hoàn thiện hạ tầng khu tái định cư trước khi bàn giao
T|SNNMT|bảng giá đất mới của tỉnh tăng quá cao làm tiền sử dụng đất, lệ phí trước bạ tăng mạnh ~ quy hoạch sử dụng đất của tỉnh treo nhiều năm, người dân không được xây nhà, chuyển nhượng|xem xét điều chỉnh bảng giá đất cho phù hợp ~ công bố rõ quy hoạch sử dụng đất, bỏ quy hoạch treo
T|UBND-T|khiếu nại quyết định thu hồi đất, đề nghị công nhận toàn bộ diện tích là đất ở của gia đình ~ khiếu nại quyết định giải quyết khiếu nại về bồi thường đất của chủ tịch xã ~ khiếu nại việc cưỡng chế thu hồi đất không đúng quy định|xem xét giải quyết khiếu nại lần hai theo đúng quy định ~ công nhận đất ở theo hiện trạng sử dụng của gia đình
X|UBND-X|tranh chấp ranh giới đất giữa hai hộ liền kề, hộ bên cạnh xây tường lấn sang đất nhà tôi ~ hộ hàng xóm rào lối đi chung làm của riêng ~ tranh chấp đất đai trong gia đình nhiều năm chưa được hòa giải ~ hộ giáp ranh tự ý dời cột mốc thửa đất|tổ chức hòa giải tranh chấp đất đai ~ đo đạc, xác định lại ranh giới thửa đất ~ xử lý việc lấn chiếm đất
X|UBND-X|cán bộ địa chính xã chậm xác nhận nguồn gốc đất, hồ sơ bị trả đi trả lại nhiều lần ~ xã chưa niêm yết công khai danh sách hồ sơ cấp giấy chứng nhận ~ cán bộ địa chính gây khó khăn khi xác nhận hồ sơ tặng cho đất|chỉ đạo cán bộ địa chính xác nhận hồ sơ đúng hạn ~ công khai thủ tục, thời hạn giải quyết hồ sơ đất đai
X|UBND-X|một số hộ tự ý san lấp đất lúa để xây nhà trái phép ~ đất công do xã quản lý bị người dân lấn chiếm trồng cây, dựng lán ~ đất nghĩa địa của thôn bị lấn chiếm|kiểm tra, xử lý việc sử dụng đất sai mục đích ~ thu hồi đất công bị lấn chiếm

## moi-truong
TU|BNNMT|rác thải sinh hoạt, rác thải nhựa ở khu dân cư còn nhiều, việc thu gom, xử lý chất thải rắn còn khó khăn ~ nhiều địa phương chưa có khu xử lý rác đạt chuẩn, chủ yếu chôn lấp ~ ô nhiễm không khí ở các đô thị lớn ngày càng nghiêm trọng ~ quy định phân loại rác tại nguồn chưa rõ, người dân lúng túng|tăng cường quản lý nhà nước về chất thải rắn sinh hoạt ~ có cơ chế hỗ trợ địa phương đầu tư nhà máy xử lý rác ~ có giải pháp tổng thể kiểm soát ô nhiễm không khí ~ hướng dẫn cụ thể việc phân loại rác tại nguồn
TU|BNNMT|sạt lở bờ sông, bờ biển ngày càng nghiêm trọng do biến đổi khí hậu ~ xâm nhập mặn, hạn hán diễn biến phức tạp ảnh hưởng đời sống người dân ~ nước biển dâng làm nhiều vùng ven biển ngập|bố trí kinh phí xây kè chống sạt lở ~ có chương trình ứng phó biến đổi khí hậu cho vùng ven biển
TU|BNNMT|việc điều tra, đánh giá tài nguyên nước giao cho địa phương nhưng kinh phí rất lớn ~ quản lý khai thác khoáng sản còn lỏng lẻo, gây thất thu và ô nhiễm ~ quy định cấp phép khai thác cát, sỏi lòng sông còn chồng chéo|có cơ chế hỗ trợ kinh phí cho địa phương thực hiện nhiệm vụ ~ sửa đổi quy định về cấp phép khai thác khoáng sản
TU|BNNMT|các lưu vực sông liên tỉnh bị ô nhiễm nặng do nước thải công nghiệp và sinh hoạt ~ chất thải từ các làng nghề chưa được xử lý|có kế hoạch xử lý ô nhiễm lưu vực sông ~ hỗ trợ xử lý ô nhiễm làng nghề
T|SNNMT|nhà máy trong khu công nghiệp xả nước thải chưa qua xử lý ra sông gây cá chết hàng loạt ~ bãi rác tập trung quá tải, bốc mùi hôi thối ảnh hưởng nhiều xã xung quanh ~ mỏ đá nổ mìn gây bụi, nứt nhà dân ~ nhà máy chế biến gây mùi hôi, khói bụi cho khu dân cư|kiểm tra, xử lý nghiêm doanh nghiệp gây ô nhiễm ~ di dời bãi rác ra xa khu dân cư ~ thanh tra hoạt động khai thác mỏ đá ~ quan trắc môi trường và công khai kết quả
T|CA-T|thuyền hút cát hoạt động trái phép trên sông vào ban đêm ~ tàu hút cát trái phép quay lại đoạn sông gần cầu, gây sạt lở bờ ~ xe chở cát lậu chạy ầm ầm qua xã cả đêm|truy quét tình trạng khai thác cát trái phép ~ xử lý nghiêm các đối tượng hút cát lậu
X|UBND-X|hộ nuôi heo trong khu dân cư xả chất thải ra mương gây hôi thối ~ trại gà sát khu dân cư bốc mùi, ruồi nhặng rất nhiều ~ hộ nuôi bò thải phân ra rãnh sau nhà gây ô nhiễm ~ lò giết mổ gia súc tự phát xả nước thải ra đường|kiểm tra, xử lý hộ chăn nuôi gây ô nhiễm ~ yêu cầu di dời chuồng trại ra khỏi khu dân cư
X|UBND-X|nước thải từ các quán ăn, khách sạn xả thẳng ra {alley} gây hôi thối ~ rác thải ùn ứ ven kênh, tràn ra lòng đường nhiều ngày không được thu gom ~ người dân đổ trộm rác, xà bần ra bãi đất trống đầu {village} ~ xe thu gom rác không đến, rác để ở đầu {alley} bốc mùi ~ người dân đốt rác, đốt rơm rạ gây khói mù cả xóm|tăng tần suất thu gom rác ~ xử lý dứt điểm điểm tập kết rác tự phát ~ nhắc nhở, xử phạt người vứt rác bừa bãi ~ kiểm tra nguồn nước thải
X|UBND-X|xưởng mộc, xưởng cơ khí trong khu dân cư gây tiếng ồn, bụi suốt ngày ~ cơ sở đốt vỏ trấu, lò than gây khói đen ~ kênh mương trong thôn đầy rác, bèo, nước đen kịt|kiểm tra, xử lý cơ sở gây ô nhiễm ~ vệ sinh, nạo vét kênh mương

## giao-thong
TU|BXD|quốc lộ qua địa bàn xuống cấp nghiêm trọng, mặt đường hẹp, thường xuyên ùn tắc và xảy ra tai nạn ~ đoạn quốc lộ qua khu đông dân cư thường xuyên ùn tắc giờ cao điểm ~ cầu trên quốc lộ đã yếu, xe tải trọng lớn qua lại rất nguy hiểm ~ dự án mở rộng quốc lộ triển khai chậm nhiều năm|đầu tư nâng cấp, mở rộng quốc lộ ~ bố trí vốn xây dựng lại cầu ~ đẩy nhanh tiến độ dự án nâng cấp quốc lộ
TU|BXD|tuyến cao tốc thi công xong nhưng chưa hoàn trả các tuyến đường dân sinh bị hư hỏng ~ cao tốc chưa có đường gom, nút giao, người dân đi lại khó khăn ~ cao tốc hai làn xe hẹp, không có dải phân cách, nhiều tai nạn|sớm hoàn trả đường dân sinh sau thi công cao tốc ~ bổ sung nút giao, đường gom ~ mở rộng tuyến cao tốc
TU|BXD|trạm thu phí BOT đặt không đúng vị trí, thu phí cả người dân địa phương ~ đường sắt đi qua khu dân cư không có gác chắn, nhiều vụ tai nạn ~ cảng hàng không, sân bay quá tải|xem xét miễn giảm phí BOT cho người dân quanh trạm ~ lắp đặt gác chắn tại đường ngang đường sắt ~ đầu tư mở rộng sân bay
TU|BXD|thủ tục đăng kiểm xe cơ giới còn phiền hà, phải chờ đợi nhiều ngày ~ quy định về đào tạo, sát hạch, cấp giấy phép lái xe còn bất cập ~ quy định niên hạn sử dụng xe khách, xe tải chưa phù hợp|cải cách thủ tục đăng kiểm ~ sửa đổi quy định về đào tạo, sát hạch lái xe ~ xem xét lại quy định niên hạn xe
T|SXD|tỉnh lộ qua xã hư hỏng, nhiều ổ gà, ổ voi ~ cầu trên tuyến đường tỉnh bị sụt lún, xuống cấp ~ đường huyện cũ xuống cấp, mưa xuống lầy lội ~ đoạn đường tỉnh thiếu biển báo, đèn tín hiệu tại nút giao nguy hiểm|sửa chữa, nâng cấp tuyến đường tỉnh ~ lắp đặt biển báo, đèn tín hiệu ~ bố trí vốn nâng cấp cầu
T|SXD|đường {street} có rất nhiều ổ gà, đi lại nguy hiểm ~ mặt đường {street} bong tróc, nứt nẻ sau mùa mưa ~ đèn tín hiệu giao thông ở ngã tư {street} bị hỏng nhiều ngày ~ dải phân cách đường {street} bị xe tông đổ chưa sửa|sửa chữa mặt đường ~ khắc phục đèn tín hiệu ~ sửa giùm cho bà con đi lại an toàn
T|SXD|tuyến xe buýt bị cắt giảm, người dân đi lại khó khăn ~ bến xe khách xuống cấp, xe dù bắt khách lộn xộn ~ đò ngang qua sông không bảo đảm an toàn|mở lại tuyến xe buýt ~ quản lý chặt hoạt động bến xe, bến đò
X|UBND-X|cầu treo, cầu tạm qua suối đã hư hỏng, học sinh đi học rất nguy hiểm ~ thôn chưa có cầu qua sông, bà con phải đi đò ~ ngầm tràn qua suối mùa lũ bị ngập, bà con bị chia cắt|đầu tư xây cầu cho bà con đi lại ~ xây cầu kiên cố thay cầu tạm
X|UBND-X|đường liên thôn chưa được bê tông hóa, mùa mưa lầy lội ~ đường giao thông nông thôn bị xe chở vật liệu cày nát ~ đường vào {village} hẹp, xe cứu thương không vào được|bê tông hóa đường liên thôn ~ sửa chữa đường giao thông nông thôn ~ mở rộng đường vào thôn

## y-te
TU|BYT|bệnh viện thiếu thuốc, vật tư y tế kéo dài do vướng quy định đấu thầu ~ giá dịch vụ khám chữa bệnh tăng cao ~ y tế cơ sở thiếu bác sĩ, nhiều trạm y tế xuống cấp|sửa đổi quy định đấu thầu, mua sắm thuốc ~ bảo đảm cung ứng đủ thuốc, vật tư y tế ~ có chính sách thu hút bác sĩ về công tác ở tuyến cơ sở
TU|BYT|chế độ phụ cấp ưu đãi nghề, phụ cấp thâm niên cho viên chức y tế thấp, nhiều bác sĩ bỏ việc ~ nhân viên y tế thôn bản có mức phụ cấp quá thấp|tăng phụ cấp ưu đãi cho cán bộ y tế ~ nâng phụ cấp cho nhân viên y tế thôn bản
TU|BYT|quảng cáo thực phẩm chức năng, thuốc sai sự thật tràn lan trên mạng ~ thực phẩm bẩn, không rõ nguồn gốc bày bán tràn lan ~ thuốc lá điện tử lan rộng trong học sinh|tăng cường quản lý quảng cáo thực phẩm chức năng ~ kiểm soát chặt an toàn thực phẩm ~ cấm thuốc lá điện tử
T|SYT|bác sĩ bệnh viện tỉnh khám qua loa, thái độ thờ ơ với bệnh nhân ~ con tôi cấp cứu ở bệnh viện đa khoa nhưng nhân viên y tế không tận tình ~ điều dưỡng khoa nội quát tháo người nhà bệnh nhân ~ nhân viên bệnh viện gây khó khăn, gợi ý đưa tiền bồi dưỡng|chấn chỉnh thái độ phục vụ của nhân viên y tế ~ kiểm tra, làm rõ trách nhiệm của bệnh viện ~ xem lại cách điều trị của bác sĩ
T|SYT|bệnh viện quá tải, bệnh nhân nằm ghép hai ba người một giường ~ bệnh nhân ung thư chờ xạ trị mấy tháng chưa có lịch ~ trung tâm y tế khu vực thiếu trang thiết bị, bệnh nhân phải chuyển tuyến ~ thiếu vắc xin tiêm chủng mở rộng cho trẻ em|giảm tải cho bệnh viện ~ đầu tư trang thiết bị cho trung tâm y tế ~ bảo đảm vắc xin tiêm chủng
X|UBND-X|trạm y tế xã xuống cấp, thiếu bác sĩ trực đêm ~ dịch sốt xuất huyết bùng phát ở {village} nhưng chưa phun thuốc diệt muỗi ~ cơ sở bán thuốc tây trong xã không có dược sĩ|phun thuốc diệt muỗi ~ sửa chữa trạm y tế ~ kiểm tra các cơ sở bán thuốc

## bao-hiem
TU|BNV|người nghỉ hưu trước năm 1995 có lương hưu thấp, không đủ sống ~ cách tính lương hưu mới làm lao động nữ thiệt thòi ~ quy định rút bảo hiểm xã hội một lần chưa hợp lý ~ người lao động tự do khó tham gia bảo hiểm xã hội tự nguyện|điều chỉnh lương hưu cho người nghỉ hưu trước năm 1995 ~ sửa đổi quy định hưởng bảo hiểm xã hội một lần ~ tăng mức hỗ trợ đóng bảo hiểm xã hội tự nguyện
TU|BYT|danh mục thuốc được bảo hiểm y tế chi trả còn hạn chế ~ người bệnh có thẻ BHYT vẫn phải tự mua thuốc bên ngoài ~ mức hỗ trợ đóng BHYT cho hộ cận nghèo, học sinh còn thấp|mở rộng danh mục thuốc do quỹ BHYT chi trả ~ tăng mức hỗ trợ mua thẻ BHYT
TU|BHXHVN|thủ tục giám định, thanh toán chi phí khám chữa bệnh BHYT còn phức tạp ~ dữ liệu quá trình đóng BHXH của người lao động bị sai, khó điều chỉnh ~ ứng dụng VssID hay lỗi, tra cứu không được|đơn giản hóa thủ tục thanh toán BHYT ~ hướng dẫn điều chỉnh dữ liệu đóng BHXH ~ khắc phục lỗi ứng dụng
T|BHXH-T|thẻ BHYT cấp sai thông tin, đổi thẻ kéo dài ~ hồ sơ hưởng chế độ thai sản, ốm đau chậm được chi trả ~ làm thủ tục hưởng BHXH một lần bị hẹn đi hẹn lại nhiều lần ~ sổ bảo hiểm xã hội bị ghi sai ngày sinh, sai quá trình công tác|chấn chỉnh việc cấp, đổi thẻ BHYT ~ giải quyết chế độ bảo hiểm kịp thời ~ điều chỉnh thông tin trên sổ bảo hiểm
T|SNV|công ty nợ bảo hiểm xã hội nhiều tháng, người lao động bị trừ tiền bảo hiểm hằng tháng mà không được đóng ~ doanh nghiệp chốt sổ bảo hiểm chậm khiến công nhân nghỉ việc không hưởng được trợ cấp thất nghiệp|thanh tra, xử lý doanh nghiệp nợ bảo hiểm ~ bảo vệ quyền lợi người lao động
X|UBND-X|danh sách hộ cận nghèo được hỗ trợ mua thẻ BHYT ở thôn lập chưa đúng ~ người cao tuổi trong xã chưa được cấp thẻ BHYT miễn phí|rà soát danh sách hỗ trợ mua thẻ BHYT ~ cấp thẻ BHYT cho người đủ điều kiện

## giao-duc
TU|BGDDT|kỳ thi tốt nghiệp THPT quốc gia tốn kém, gây áp lực cho học sinh ~ sách giáo khoa thay đổi liên tục, giá cao, không dùng lại được ~ chương trình giáo dục phổ thông mới còn nặng, học sinh quá tải ~ tình trạng dạy thêm, học thêm tràn lan|xem xét tổ chức xét tốt nghiệp THPT thay cho thi ~ biên soạn một bộ sách giáo khoa thống nhất ~ giảm tải chương trình ~ quản lý chặt dạy thêm, học thêm
TU|BGDDT|lương giáo viên mầm non thấp, nhiều người bỏ nghề ~ thiếu biên chế giáo viên nhưng không được tuyển mới ~ quy định chuẩn hóa trình độ giáo viên bắt giáo viên lớn tuổi đi học lại|tăng lương, phụ cấp cho giáo viên mầm non ~ bổ sung biên chế giáo viên ~ xem xét miễn đào tạo nâng chuẩn cho giáo viên sắp nghỉ hưu
TU|BGDDT|quy chế tuyển sinh đại học thay đổi nhiều, xét tuyển sớm gây bất công ~ học phí đại học tăng mạnh ~ miễn học phí cho học sinh phổ thông cần có hướng dẫn rõ|ổn định quy chế tuyển sinh ~ có lộ trình tăng học phí hợp lý
T|SGDDT|trường THPT thiếu giáo viên các môn Tin học, Tiếng Anh ~ tuyển sinh lớp 10 công lập không đủ chỉ tiêu cho học sinh địa phương ~ trường chuyên thu thêm nhiều khoản ngoài quy định ~ học sinh THPT vùng xa phải đi học quá xa|bổ sung giáo viên cho trường THPT ~ tăng chỉ tiêu tuyển sinh lớp 10 ~ kiểm tra các khoản thu của nhà trường
X|UBND-X|trường tiểu học và THCS thiếu giáo viên, bàn ghế cũ không đúng quy cách ~ điểm trường mầm non ở {village} xuống cấp, mùa mưa dột nát ~ trường thiếu phòng học, phòng máy tính, nhà vệ sinh ~ trường mầm non thiếu đồ chơi, bếp ăn bán trú|bổ sung giáo viên cho nhà trường ~ sửa chữa điểm trường ~ đầu tư phòng học, nhà vệ sinh
X|UBND-X|trường tiểu học thu tiền tổ chức lễ tổng kết, tiền quỹ lớp quá nhiều ~ cô giáo mầm non yêu cầu phụ huynh đóng thêm tiền hỗ trợ lương ~ nhà trường ép học sinh mua đồng phục, sách tham khảo|kiểm tra các khoản thu ngoài quy định ~ chấn chỉnh việc lạm thu

## lao-dong-xa-hoi
TU|BNV|nhiều hồ sơ đề nghị xác nhận liệt sĩ, thương binh còn tồn đọng do thiếu giấy tờ gốc ~ con của người nhiễm chất độc da cam chưa được hưởng chế độ ~ mức trợ cấp ưu đãi người có công còn thấp so với mức sống ~ thân nhân liệt sĩ chưa được hỗ trợ đi thăm viếng mộ|có hướng dẫn giải quyết hồ sơ tồn đọng về người có công ~ xác nhận liệt sĩ, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng ~ điều chỉnh mức trợ cấp người có công ~ tăng mức chi điều dưỡng cho người có công
TU|BNV|lương tối thiểu vùng chưa theo kịp giá cả ~ người lao động đi làm việc ở nước ngoài bị lừa đảo, mất tiền đặt cọc ~ nhiều lao động trung niên bị doanh nghiệp sa thải khó tìm việc|điều chỉnh lương tối thiểu vùng ~ quản lý chặt doanh nghiệp đưa người đi lao động nước ngoài ~ có chính sách đào tạo lại, hỗ trợ việc làm
TU|BYT|tuổi hưởng trợ cấp xã hội của người cao tuổi là 80 tuổi còn cao ~ mức trợ cấp xã hội hàng tháng cho người khuyết tật, người già neo đơn quá thấp ~ trẻ em mồ côi do dịch bệnh chưa có chính sách hỗ trợ lâu dài|hạ độ tuổi hưởng trợ cấp người cao tuổi ~ nâng mức chuẩn trợ giúp xã hội ~ có chính sách hỗ trợ trẻ em mồ côi
TU|BNNMT|chuẩn nghèo đa chiều mới khiến nhiều hộ khó khăn không được công nhận hộ nghèo ~ chương trình giảm nghèo bền vững giải ngân chậm|điều chỉnh tiêu chí chuẩn nghèo ~ đẩy nhanh giải ngân chương trình giảm nghèo
T|SNV|bố tôi được tặng huân, huy chương kháng chiến nhưng chưa được hưởng trợ cấp ~ người hoạt động kháng chiến bị nhiễm chất độc hóa học chưa được giải quyết chế độ ~ gia đình đã nộp hồ sơ thương binh từ lâu nhưng chưa có kết quả ~ hồ sơ giám định thương tật, mất sức lao động của cựu quân nhân bị chậm|xem xét giải quyết chế độ cho người có công ~ hướng dẫn thủ tục làm hồ sơ hưởng chế độ thương binh ~ đẩy nhanh giám định cho người nhiễm chất độc hóa học
T|SNV|công ty nợ lương công nhân nhiều tháng rồi chủ bỏ trốn ~ doanh nghiệp cho công nhân nghỉ việc không báo trước, không trả trợ cấp ~ tranh chấp lao động ở khu công nghiệp chưa được giải quyết|can thiệp để công nhân được trả lương ~ thanh tra việc chấp hành pháp luật lao động ~ giải quyết tranh chấp lao động
T|SYT|trợ cấp xã hội hàng tháng cho người cao tuổi, người khuyết tật chậm chi trả ~ trung tâm bảo trợ xã hội của tỉnh quá tải ~ hồ sơ hưởng trợ cấp khuyết tật nộp lâu chưa được xét|chi trả trợ cấp đúng hạn ~ đầu tư mở rộng trung tâm bảo trợ xã hội
X|UBND-X|việc bình xét hộ nghèo, cận nghèo ở {village} không công bằng, không công khai ~ người khuyết tật nặng trong xã chưa được lập hồ sơ hưởng trợ cấp ~ hỗ trợ làm nhà cho hộ nghèo chưa đến đúng đối tượng ~ trẻ em có hoàn cảnh khó khăn bỏ học đi làm thuê|rà soát lại danh sách hộ nghèo ~ lập hồ sơ trợ cấp cho người khuyết tật ~ hỗ trợ đúng đối tượng

## nong-nghiep
TU|BNNMT|giá vật tư nông nghiệp, phân bón tăng cao trong khi giá nông sản thấp ~ nông dân thua lỗ do được mùa mất giá ~ giống cây trồng, vật nuôi kém chất lượng bán tràn lan|có chính sách bình ổn giá phân bón ~ hỗ trợ tiêu thụ nông sản ~ quản lý chặt chất lượng giống
TU|BNNMT|dự án thủy lợi do Bộ làm chủ đầu tư thi công chậm ~ hệ thống đê biển, đê sông xuống cấp chưa được đầu tư ~ cần có chương trình chống hạn, mặn cho vùng sản xuất lúa|sớm thi công, hoàn thành công trình thủy lợi ~ bố trí vốn củng cố đê điều
TU|BNNMT|quy định chống khai thác thủy sản bất hợp pháp làm ngư dân gặp khó khăn ~ chính sách hỗ trợ ngư dân đóng tàu vỏ thép không hiệu quả ~ bộ tiêu chí nông thôn mới nâng cao quá khó với vùng miền núi ~ chính sách hỗ trợ nông dân khi thiên tai, dịch bệnh gia súc mức thấp|hướng dẫn ngư dân tuân thủ quy định về thủy sản ~ điều chỉnh tiêu chí nông thôn mới cho phù hợp vùng miền ~ tăng mức hỗ trợ khi thiên tai, dịch bệnh
TU|BNNMT|giá thu mua mủ cao su, cà phê, hồ tiêu bấp bênh ~ chính sách giao khoán bảo vệ rừng có mức tiền quá thấp|có giải pháp ổn định thị trường nông sản ~ nâng mức khoán bảo vệ rừng
T|SNNMT|công trình thủy lợi đã bàn giao nhưng mùa khô không đủ nước tưới ~ cánh đồng bị ngập úng kéo dài, nông dân lo mất mùa ~ đê bao, kè bờ sông bị sạt lở ~ trạm bơm tưới tiêu hư hỏng chưa sửa|có giải pháp bảo đảm nước tưới hai vụ ~ xử lý thoát nước cho cánh đồng ~ sửa chữa đê bao, trạm bơm
T|SNNMT|dịch tả lợn châu Phi bùng phát nhưng chưa được hỗ trợ tiêu hủy ~ dịch lở mồm long móng ở trâu bò lan rộng ~ rừng phòng hộ bị chặt phá, lấn chiếm làm rẫy|hỗ trợ người chăn nuôi thiệt hại do dịch bệnh ~ cấp vắc xin phòng dịch cho vật nuôi ~ xử lý nghiêm việc phá rừng
T|SNNMT|công trình cấp nước sinh hoạt nông thôn hư hỏng, người dân thiếu nước ~ đường ống cấp nước tập trung ở xã bị đóng phèn, nước đục ~ giá nước sinh hoạt nông thôn thu không thống nhất giữa các hộ|sửa chữa công trình cấp nước nông thôn ~ thay đường ống cấp nước ~ thống nhất giá nước sinh hoạt nông thôn
X|UBND-X|kênh mương nội đồng bị bồi lắng, nước không vào ruộng ~ đường nội đồng xuống cấp, máy gặt không vào được ~ trâu bò thả rông phá hoại hoa màu ~ bà con bị lũ cuốn trôi giống lúa chưa được hỗ trợ|nạo vét kênh mương nội đồng ~ làm đường nội đồng ~ hỗ trợ giống cho bà con bị thiệt hại

## tai-chinh-thue
TU|BTC|mức giảm trừ gia cảnh khi tính thuế thu nhập cá nhân không còn phù hợp với giá cả ~ thuế khoán đối với hộ kinh doanh, quy định hóa đơn điện tử gây khó cho tiểu thương ~ lệ phí trước bạ nhà đất, ô tô quá cao ~ thuế giá trị gia tăng với phân bón, vật tư nông nghiệp chưa hợp lý|nâng mức giảm trừ gia cảnh thuế thu nhập cá nhân ~ đơn giản hóa thủ tục thuế cho hộ kinh doanh ~ giảm lệ phí trước bạ ~ sửa đổi Luật Thuế giá trị gia tăng
TU|BTC|giá xăng dầu, giá cả hàng hóa thiết yếu tăng cao ảnh hưởng đời sống ~ tăng lương cơ sở nhưng giá cả tăng theo, thu nhập thực tế giảm ~ ngân sách cấp cho các xã sau sáp nhập không đủ chi thường xuyên|có giải pháp bình ổn giá ~ kiểm soát giá cả khi tăng lương ~ bổ sung ngân sách cho địa phương
TU|BTC|phí sử dụng đường bộ, phí bảo trì đường bộ thu trùng ~ thuế sử dụng đất phi nông nghiệp chưa hợp lý ~ quy định mua sắm tài sản công còn rườm rà|bỏ thu phí trùng lặp ~ sửa đổi quy định thuế sử dụng đất ~ đơn giản hóa thủ tục mua sắm công
T|STC|đề nghị tỉnh hỗ trợ kinh phí xây nhà văn hóa mới cho các thôn sau sáp nhập ~ kinh phí hỗ trợ xây dựng nông thôn mới chưa được cấp đủ ~ nợ đọng xây dựng cơ bản công trình của xã chưa được thanh toán ~ kinh phí hoạt động của thôn, tổ dân phố quá thấp|bố trí kinh phí hỗ trợ cho địa phương ~ thanh toán dứt điểm nợ đọng xây dựng cơ bản ~ tăng kinh phí hoạt động cho thôn
T|THUE-T|thuế khoán hộ kinh doanh tăng đột ngột, không rõ căn cứ ~ hồ sơ hoàn thuế thu nhập cá nhân chậm giải quyết ~ thông báo tiền sử dụng đất quá cao, không đúng thực tế ~ cơ quan thuế gửi thông báo nợ thuế sai đối tượng|xem xét lại mức thuế khoán ~ giải quyết hoàn thuế đúng hạn ~ kiểm tra lại thông báo nộp tiền sử dụng đất
X|UBND-X|thôn thu các khoản đóng góp, quỹ không công khai ~ ban quản lý chợ xã thu phí vệ sinh cao ~ các khoản huy động làm đường thôn vượt khả năng của dân|công khai các khoản thu, chi ~ kiểm tra việc thu phí chợ ~ giảm mức huy động đóng góp

## an-ninh-trat-tu
TU|BCA|tội phạm ma túy, mua bán người, cờ bạc diễn biến phức tạp ~ lừa đảo qua mạng, giả danh công an gọi điện chiếm đoạt tiền ~ tín dụng đen, đòi nợ thuê khủng bố người vay ~ cờ bạc, cá độ bóng đá qua mạng lan rộng trong thanh niên|có biện pháp đủ mạnh đấu tranh với tội phạm ~ ngăn chặn lừa đảo qua mạng ~ triệt phá các đường dây tín dụng đen
TU|BCA|thủ tục cấp căn cước, định danh điện tử còn nhiều lỗi ~ mức xử phạt vi phạm nồng độ cồn quá cao với người dân nông thôn ~ thủ tục đăng ký, sang tên xe máy còn rườm rà ~ xử phạt nguội vi phạm giao thông qua camera chậm thông báo|khắc phục lỗi căn cước, tài khoản định danh ~ xem xét lại mức xử phạt vi phạm giao thông ~ đơn giản hóa thủ tục đăng ký xe
TU|BQP|quy định về nghĩa vụ quân sự còn bất cập, chế tài với người trốn nghĩa vụ quân sự chưa đủ mạnh ~ công dân thi đỗ đại học có lệnh gọi nhập ngũ ~ chế độ cho quân nhân xuất ngũ, bộ đội phục viên còn thấp ~ chế độ cho lực lượng dân quân tự vệ chưa tương xứng|sửa đổi Luật Nghĩa vụ quân sự ~ tăng mức trợ cấp cho quân nhân xuất ngũ ~ nâng phụ cấp cho dân quân tự vệ
TU|BQP|bom mìn, vật liệu nổ còn sót lại sau chiến tranh gây tai nạn ~ đất quốc phòng bỏ trống, không sử dụng trong khu dân cư|bố trí kinh phí rà phá bom mìn ~ bàn giao đất quốc phòng không sử dụng cho địa phương
T|CA-T|đường dây lừa đảo, đánh bạc quy mô lớn hoạt động trên địa bàn ~ tố cáo hành vi chiếm đoạt tài sản, cố ý gây thương tích chưa được khởi tố ~ nhóm thanh niên đua xe trái phép trên đường lớn ban đêm ~ cơ sở karaoke, quán bar không bảo đảm phòng cháy chữa cháy|điều tra, xử lý đường dây tội phạm ~ khởi tố vụ án theo quy định ~ kiểm tra phòng cháy chữa cháy
X|CA-X|nhóm thanh niên thường xuyên tụ tập nhậu nhẹt, chửi thề đến khuya ~ hàng xóm hát karaoke ồn ào đến nửa đêm ~ trộm cắp vặt xảy ra liên tục ở {village} ~ có đối tượng nghi sử dụng ma túy tụ tập ở {alley} ~ nhóm thiếu niên chạy xe lạng lách, nẹt pô trong khu dân cư|tăng cường tuần tra, xử lý ~ kiểm tra, xử phạt hộ gây ồn ~ bảo đảm an ninh trật tự cho bà con
X|CA-X|đăng ký thường trú, tạm trú bị hẹn nhiều lần ~ nhiều người thuê trọ không khai báo tạm trú ~ chó thả rông không rọ mõm cắn người trong xóm|giải quyết thủ tục cư trú đúng hạn ~ kiểm tra việc khai báo tạm trú ~ xử lý chủ nuôi chó thả rông

## xay-dung-do-thi
TU|BXD|giá nhà ở xã hội còn cao, thủ tục mua, thuê rất khó ~ nhiều chung cư cũ xuống cấp nguy hiểm nhưng chưa được cải tạo ~ quy định quản lý quỹ bảo trì, phí dịch vụ chung cư còn lỏng lẻo ~ giá vật liệu xây dựng tăng cao|có chính sách phát triển nhà ở xã hội ~ có cơ chế cải tạo chung cư cũ ~ sửa đổi quy định quản lý chung cư
TU|BXD|quy định cấp giấy phép xây dựng nhà ở nông thôn chưa phù hợp ~ quy chuẩn xây dựng, quy hoạch đô thị chồng chéo ~ thị trường bất động sản đầu cơ, giá nhà quá cao|sửa đổi quy định cấp phép xây dựng ~ rà soát hệ thống quy chuẩn ~ có giải pháp kiềm chế giá nhà
T|SXD|chủ đầu tư chung cư chậm cấp sổ hồng cho cư dân ~ chủ đầu tư chiếm giữ quỹ bảo trì, chưa bàn giao cho ban quản trị ~ chung cư có nhiều sai phạm về phòng cháy, thay đổi thiết kế ~ tiền nước tăng đột biến gấp nhiều lần, nghi đồng hồ nước có vấn đề|kiểm tra, xử lý chủ đầu tư ~ buộc bàn giao quỹ bảo trì ~ kiểm tra việc tính tiền nước
T|UBND-T|dự án khu đô thị treo nhiều năm, người dân không được xây dựng ~ cần thông tin tình hình triển khai dự án công viên, nghĩa trang trên địa bàn ~ dự án chậm tiến độ nhưng không bị thu hồi|công khai tiến độ dự án ~ thu hồi dự án chậm triển khai ~ xem xét điều chỉnh quy hoạch
T|CNN-T|công ty cấp nước đào đường lắp ống xong không hoàn trả, mặt đường sụt lún ~ khu dân cư mất nước sinh hoạt nhiều ngày không báo trước ~ áp lực nước yếu, tầng hai không có nước ~ đường ống nước bị vỡ, nước chảy lênh láng nhiều ngày ~ nước máy có mùi, màu vàng đục|hoàn trả mặt đường ~ bảo đảm cấp nước ổn định ~ khắc phục vỡ ống nước ~ kiểm tra chất lượng nước máy
X|UBND-X|vỉa hè {street} bị các hộ chiếm dụng để buôn bán, người đi bộ không có lối đi ~ {alley} bị nhiều hộ lấn chiếm buôn bán, bàn ghế chắn lối ~ quán cà phê bày bàn ghế tràn ra lòng đường ~ chợ tự phát họp trên {street} gây mất trật tự|lập lại trật tự vỉa hè ~ xử lý lấn chiếm lòng đường ~ giải tỏa chợ tự phát
X|UBND-X|hộ dân ở {alley} xây nhà không phép, lấn ra lối đi chung ~ công trình xây dựng sai phép, đổ vật liệu, xà bần ra đường ~ nhà bên cạnh xây dựng làm nứt tường nhà tôi ~ khiếu nại việc phường tháo dỡ công trình nhà của gia đình|kiểm tra, xử lý công trình vi phạm ~ buộc chủ công trình bồi thường thiệt hại ~ xem xét lại quyết định cưỡng chế
X|UBND-X|{alley} chưa có hệ thống thoát nước, cứ mưa lớn là ngập ~ cống thoát nước bị sạt lở, lộ hố sâu nguy hiểm ~ hố ga mất nắp, không nạo vét, bốc mùi hôi thối ~ đèn chiếu sáng trong {alley} hỏng lâu ngày ~ cây xanh trên {street} nghiêng, có nguy cơ gãy đổ|làm hệ thống thoát nước ~ nạo vét cống, hố ga ~ sửa đèn chiếu sáng ~ cắt tỉa cây xanh

## cong-thuong-dien
TU|BCT|giá bán lẻ điện sinh hoạt bậc thang chưa hợp lý, mùa nắng nóng tiền điện tăng cao ~ cơ chế mua bán điện mặt trời mái nhà chưa rõ ~ giá xăng dầu điều chỉnh thất thường ~ hàng giả, hàng nhái bán tràn lan trên sàn thương mại điện tử|xem xét lại phương pháp tính giá điện sinh hoạt ~ ban hành cơ chế điện mặt trời mái nhà ~ điều hành giá xăng dầu ổn định ~ tăng cường kiểm soát thương mại điện tử
TU|BCT|quy hoạch thủy điện nhỏ gây mất rừng, sạt lở ~ thủy điện xả lũ không thông báo kịp thời gây ngập vùng hạ du ~ doanh nghiệp xuất khẩu nông sản gặp khó khi thị trường đóng cửa|rà soát quy hoạch thủy điện nhỏ ~ quản lý chặt quy trình vận hành hồ thủy điện ~ hỗ trợ mở rộng thị trường xuất khẩu
T|DL-T|{village} chưa có điện lưới quốc gia, cột điện chôn xong nhiều năm vẫn chưa kéo dây ~ cột điện hư hỏng, nghiêng ngả rất nguy hiểm ~ trụ điện mới chôn ngay giữa {alley} ~ đường dây trung thế đi sát nhà dân|kéo điện lưới về thôn ~ thay thế cột điện hư hỏng ~ di dời trụ điện ~ nâng cấp đường dây
T|DL-T|khu vực thường xuyên mất điện không báo trước ~ điện yếu, buổi tối không chạy được quạt, tủ lạnh ~ hóa đơn tiền điện tháng này tăng gấp ba bất thường ~ công tơ điện chạy nhanh bất thường ~ dây điện chằng chịt, chạm vào cây dễ chập cháy|bảo đảm cấp điện ổn định ~ kiểm tra lại công tơ điện ~ giải thích hóa đơn tiền điện ~ chỉnh trang lưới điện
T|SCT|cửa hàng xăng dầu trên địa bàn bán thiếu lít, đóng cửa khi khan hàng ~ hàng giả, hàng kém chất lượng bày bán tại các cửa hàng ~ cụm công nghiệp chưa đầu tư hạ tầng xử lý nước thải ~ chợ đầu mối nông sản của tỉnh quá tải|kiểm tra, xử lý cửa hàng xăng dầu vi phạm ~ tăng cường quản lý thị trường ~ đầu tư hạ tầng cụm công nghiệp
X|UBND-X|chợ xã xuống cấp, mái dột, mùa mưa lầy lội ~ tiểu thương trong chợ bố trí sạp không công bằng ~ chợ tạm họp lấn ra đường gây mất an toàn|sửa chữa, nâng cấp chợ ~ bố trí lại sạp hàng công khai ~ di dời chợ tạm

## ngan-hang-tin-dung
TU|NHNN|gói hỗ trợ lãi suất 2% triển khai chậm, ngân hàng e ngại ~ lãi suất cho vay của ngân hàng thương mại còn cao ~ thủ tục vay vốn ngân hàng còn phức tạp với nông dân ~ phí dịch vụ ngân hàng, phí chuyển tiền, phí SMS tăng|có giải pháp điều hành giảm lãi suất cho vay ~ đơn giản hóa thủ tục cho vay ~ yêu cầu ngân hàng giảm phí dịch vụ
TU|NHNN|tài khoản ngân hàng bị lừa đảo chiếm đoạt nhưng ngân hàng không hỗ trợ ~ tín dụng đen núp bóng công ty tài chính, ứng dụng cho vay online ~ cây ATM ở vùng nông thôn thường xuyên hết tiền, lỗi|tăng cường bảo mật tài khoản ~ quản lý chặt cho vay tiêu dùng ~ bảo đảm hoạt động của cây ATM
T|NHCSXH-T|mức cho vay vốn ưu đãi hộ nghèo, học sinh sinh viên còn thấp ~ hộ nghèo có nhu cầu vay vốn chính sách nhưng không được giải ngân ~ hộ vay vốn chính sách bị thiệt hại do thiên tai chưa được khoanh nợ, giãn nợ ~ thời hạn cho vay vốn giải quyết việc làm ngắn|nâng mức cho vay vốn chính sách ~ giải ngân vốn vay cho hộ nghèo ~ khoanh nợ, giãn nợ cho hộ bị thiệt hại
T|NHNN-KV|ngân hàng thương mại trên địa bàn gây khó khăn khi giải ngân cho vay ~ ngân hàng tự ý thu phí bảo hiểm khoản vay ~ ngân hàng chậm giải tỏa tài sản thế chấp dù đã trả hết nợ|kiểm tra hoạt động cho vay của ngân hàng ~ chấn chỉnh việc ép mua bảo hiểm khi vay
X|UBND-X|tổ tiết kiệm và vay vốn ở {village} bình xét cho vay không công khai ~ người dân trong thôn vay nặng lãi bị đòi nợ|công khai việc bình xét vay vốn ~ hỗ trợ người dân tiếp cận vốn vay chính thức

## noi-vu-can-bo
TU|BNV|chính sách cho cán bộ, công chức dôi dư sau sắp xếp đơn vị hành chính ~ chế độ cho người hoạt động không chuyên trách ở cấp xã sau khi sáp nhập ~ tiền lương cán bộ, công chức còn thấp, chưa thực hiện cải cách tiền lương ~ quy định thi tuyển, xét tuyển công chức còn bất cập|có chính sách cho cán bộ dôi dư ~ hướng dẫn chế độ cho người hoạt động không chuyên trách ~ sớm thực hiện cải cách tiền lương ~ sửa đổi quy định tuyển dụng công chức
TU|BNV|tinh giản biên chế ở các đơn vị sự nghiệp làm thiếu người ~ chế độ nghỉ việc theo chính sách tinh giản chưa thỏa đáng ~ công chức cấp xã chưa được hưởng phụ cấp theo loại đơn vị hành chính như cán bộ|xem xét lại chỉ tiêu tinh giản biên chế ~ nâng mức hỗ trợ cho người nghỉ việc ~ cho công chức cấp xã hưởng phụ cấp như cán bộ
T|SNV|mức phụ cấp trưởng thôn sau sáp nhập thôn chưa hợp lý ~ chế độ cho cán bộ xã nghỉ việc do sắp xếp chậm chi trả ~ giáo viên, nhân viên hợp đồng lâu năm chưa được xét tuyển viên chức ~ phụ cấp cho công an viên, bảo vệ dân phố quá thấp|điều chỉnh mức phụ cấp trưởng thôn ~ chi trả chế độ cho cán bộ nghỉ việc ~ xét tuyển viên chức cho người hợp đồng lâu năm
X|UBND-X|cán bộ bộ phận một cửa xã gắt gỏng với người dân, hẹn đi hẹn lại ~ cán bộ xã đi muộn về sớm, giờ làm việc không có mặt ~ trụ sở xã mới sau sáp nhập quá xa, người dân đi lại làm thủ tục vất vả ~ việc bầu trưởng thôn không dân chủ|chấn chỉnh văn hóa công sở ~ kiểm tra giờ giấc làm việc của cán bộ ~ bố trí điểm tiếp nhận hồ sơ gần dân

## tu-phap
TU|BTP|nhiều bản án dân sự đã có hiệu lực nhưng thi hành án kéo dài ~ quy định về công chứng, chứng thực chưa thống nhất ~ thủ tục cấp phiếu lý lịch tư pháp còn chậm ~ trợ giúp pháp lý cho người nghèo chưa đến được với dân|có giải pháp đẩy nhanh thi hành án dân sự ~ sửa đổi Luật Công chứng ~ rút ngắn thời hạn cấp lý lịch tư pháp ~ mở rộng diện được trợ giúp pháp lý
TU|TANDTC|bản án phúc thẩm chưa khách quan, gia đình đề nghị xem xét giám đốc thẩm ~ vụ án kéo dài nhiều năm chưa xét xử|xem xét lại bản án theo thủ tục giám đốc thẩm ~ sớm đưa vụ án ra xét xử
T|STP|văn phòng công chứng thu phí cao hơn quy định ~ cơ quan thi hành án dân sự chậm tổ chức thi hành bản án ~ hồ sơ cấp lý lịch tư pháp nộp đã lâu chưa có kết quả|kiểm tra việc thu phí công chứng ~ đôn đốc thi hành án ~ cấp phiếu lý lịch tư pháp đúng hạn
T|TAND-T|tòa án tỉnh thụ lý đơn khởi kiện đã lâu nhưng chưa đưa ra xét xử ~ vụ ly hôn, tranh chấp tài sản bị hoãn xử nhiều lần|sớm đưa vụ án ra xét xử
X|UBND-X|đăng ký khai sinh cho con bị hẹn nhiều lần ~ giấy khai sinh ghi sai tên cha mẹ cần cải chính ~ chứng thực bản sao ở xã phải chờ lâu ~ đăng ký kết hôn, trích lục hộ tịch chậm|giải quyết thủ tục hộ tịch đúng hạn ~ cải chính thông tin hộ tịch ~ bố trí thêm người chứng thực

## thong-tin-truyen-thong
TU|BKHCN|nhiều thôn vùng sâu còn vùng lõm sóng điện thoại, không có internet ~ tin nhắn rác, cuộc gọi rác quảng cáo làm phiền ~ tắt sóng 2G làm người già dùng điện thoại cũ mất liên lạc ~ dịch vụ bưu chính ở vùng sâu chậm|phủ sóng di động cho vùng lõm ~ có biện pháp chặn tin nhắn rác ~ hỗ trợ máy điện thoại cho người dân khi tắt sóng 2G
TU|BKHCN|chuyển đổi số, dịch vụ công trực tuyến còn nhiều lỗi ~ cước internet, cước viễn thông còn cao ở nông thôn|nâng cấp hệ thống dịch vụ công trực tuyến ~ giảm cước viễn thông
TU|BVHTTDL|tin giả, thông tin sai sự thật lan truyền trên mạng xã hội ~ nội dung độc hại trên mạng xã hội ảnh hưởng trẻ em ~ một số tờ báo đưa tin câu khách, thiếu kiểm chứng|quản lý chặt mạng xã hội ~ xử lý cơ quan báo chí đưa tin sai
T|SKHCN|xã vùng cao chưa có sóng điện thoại di động ~ internet cáp quang chưa kéo về các thôn ~ sóng điện thoại chập chờn, gọi không được|đề nghị các nhà mạng phủ sóng ~ kéo cáp quang về thôn
X|UBND-X|loa truyền thanh của thôn bị hỏng ~ cần hỗ trợ lắp hệ thống loa truyền thanh không dây cho các thôn ~ dây cáp viễn thông treo lơ lửng, chằng chịt trong {alley}|sửa chữa hệ thống loa ~ hỗ trợ kinh phí lắp loa truyền thanh ~ chỉnh trang cáp viễn thông

## van-hoa-the-thao-du-lich
TU|BVHTTDL|Luật Di sản văn hóa chưa quy định bộ máy quản lý di tích ~ di tích quốc gia đặc biệt xuống cấp, chưa được đầu tư tu bổ ~ sắc phong, đồ thờ ở đình, chùa là di tích quốc gia bị mất cắp ~ nghệ nhân dân gian chưa có chế độ đãi ngộ|sửa đổi Luật Di sản văn hóa ~ đầu tư tu bổ, tôn tạo di tích ~ có cơ chế hỗ trợ người trông coi di tích ~ có chế độ cho nghệ nhân
TU|BVHTTDL|đề án phát triển du lịch, trung tâm lễ hội cấp quốc gia chậm phê duyệt ~ cần quảng bá du lịch vùng miền núi, đồng bào dân tộc ~ thể thao thành tích cao thiếu đầu tư, vận động viên chế độ thấp ~ phim ảnh, chương trình truyền hình có nội dung phản cảm|sớm phê duyệt đề án ~ đầu tư phát triển du lịch ~ nâng chế độ cho vận động viên ~ kiểm duyệt chặt nội dung
T|SVHTTDL|di tích cấp tỉnh xuống cấp chưa được tu bổ ~ lễ hội địa phương còn nhiều biểu hiện mê tín, chen lấn ~ khu du lịch chặt chém du khách, vệ sinh kém ~ sân vận động tỉnh xuống cấp|tu bổ di tích ~ quản lý lễ hội ~ kiểm tra các khu du lịch ~ sửa chữa sân vận động
X|UBND-X|nhà văn hóa thôn xuống cấp, thiếu trang thiết bị ~ {village} chưa có sân chơi thể thao cho trẻ em ~ đám cưới, đám tang mở loa đài quá to, kéo dài ~ sân bóng của xã bị sử dụng làm bãi đỗ xe|sửa chữa nhà văn hóa ~ xây sân chơi cho thiếu nhi ~ nhắc nhở thực hiện nếp sống văn minh

## dan-toc-ton-giao
TU|BDTTG|một số xã vẫn khó khăn nhưng bị đưa ra khỏi danh sách xã đặc biệt khó khăn, mất chính sách ~ chính sách cho vùng đồng bào dân tộc thiểu số và miền núi chồng chéo ~ đồng bào dân tộc thiểu số thiếu đất ở, đất sản xuất ~ chế độ cho người có uy tín trong đồng bào dân tộc thiểu số còn thấp|bổ sung các xã vào danh sách được hưởng chính sách ~ lồng ghép các chương trình cho vùng dân tộc ~ giải quyết đất ở cho đồng bào ~ nâng chế độ cho người có uy tín
TU|BDTTG|hoạt động tôn giáo trái phép, tà đạo lôi kéo đồng bào ~ thủ tục đăng ký sinh hoạt tôn giáo, xây dựng cơ sở tôn giáo còn vướng ~ công tác dân tộc, tôn giáo trên địa bàn biên giới còn phức tạp|có biện pháp ngăn chặn tà đạo ~ hướng dẫn thủ tục tôn giáo ~ quan tâm chỉ đạo công tác dân tộc, tôn giáo
T|SNV|hỗ trợ nhà ở cho đồng bào dân tộc thiểu số nghèo chậm triển khai ~ cơ sở tôn giáo xin cấp phép sửa chữa chưa được giải quyết ~ học sinh dân tộc nội trú chưa nhận đủ chế độ hỗ trợ|đẩy nhanh hỗ trợ nhà ở cho đồng bào ~ giải quyết hồ sơ của cơ sở tôn giáo ~ chi trả chế độ cho học sinh dân tộc
X|UBND-X|có người lạ vào {village} truyền đạo trái phép ~ một số hộ đồng bào bỏ phong tục, tranh chấp trong sinh hoạt tín ngưỡng ở thôn|kiểm tra, ngăn chặn truyền đạo trái phép ~ hòa giải mâu thuẫn trong cộng đồng

## khieu-nai-to-cao
TU|TTCP|nhiều vụ khiếu nại đông người, kéo dài nhiều năm chưa được giải quyết dứt điểm ~ quy định về giải quyết khiếu nại, tố cáo còn chồng chéo ~ công dân khiếu nại vượt cấp lên Trung ương vì địa phương né tránh|chỉ đạo giải quyết dứt điểm khiếu nại kéo dài ~ sửa đổi Luật Khiếu nại, Luật Tố cáo ~ kiểm tra trách nhiệm của địa phương
T|TTT|tố cáo chủ tịch xã lợi dụng chức vụ bao che cho người vi phạm ~ tố cáo cán bộ xã tham ô tiền hỗ trợ của người dân ~ tố cáo lãnh đạo xã nhận tiền để hợp thức hóa hồ sơ ~ đơn tố cáo gửi nhiều lần nhưng không được giải quyết|thanh tra, xác minh nội dung tố cáo ~ xử lý nghiêm cán bộ sai phạm ~ trả lời kết quả giải quyết tố cáo
T|TTT|khiếu nại quyết định xử lý của sở chưa khách quan ~ tố cáo giám đốc đơn vị sự nghiệp của tỉnh sai phạm trong tuyển dụng|xem xét lại quyết định ~ thanh tra việc tuyển dụng
X|UBND-X|tố cáo trưởng thôn thu tiền của dân không có biên lai ~ khiếu nại quyết định xử phạt hành chính của xã không đúng ~ tố cáo cán bộ xã có thái độ hách dịch, gây khó dễ ~ khiếu nại việc xã không trả lời đơn của công dân|xác minh, xử lý trưởng thôn ~ xem xét lại quyết định xử phạt ~ trả lời đơn cho công dân

## khac
TU|UBDNGS|đề nghị Quốc hội tăng cường giám sát việc trả lời kiến nghị cử tri ~ nhiều kiến nghị cử tri đã gửi qua nhiều kỳ họp nhưng chưa được trả lời ~ đại biểu Quốc hội cần thường xuyên tiếp xúc cử tri hơn|tăng cường giám sát giải quyết kiến nghị cử tri ~ trả lời dứt điểm kiến nghị tồn đọng
TU|VPCP|đề nghị cho người lao động nghỉ Tết Nguyên đán dài hơn ~ nhiều văn bản hướng dẫn ban hành chậm, địa phương lúng túng ~ cần đẩy mạnh cải cách thủ tục hành chính|xem xét kéo dài kỳ nghỉ Tết ~ sớm ban hành văn bản hướng dẫn ~ đẩy mạnh cải cách hành chính
TU|BNG|người dân đi lao động ở nước ngoài gặp nạn cần bảo hộ công dân ~ ngư dân bị nước ngoài bắt giữ tàu cá|có biện pháp bảo hộ công dân ~ can thiệp ngoại giao để trả tự do cho ngư dân
TU|MTTQTW|cuộc vận động ủng hộ người nghèo, quỹ vì người nghèo chưa công khai ~ đề nghị phát huy vai trò giám sát của Mặt trận|công khai quỹ vì người nghèo ~ tăng cường giám sát của Mặt trận
T|UBND-T|đề nghị tỉnh sớm công bố phương án đặt tên đường, tên phường mới sau sáp nhập ~ tỉnh cần trả lời các kiến nghị của cử tri đã gửi kỳ trước ~ đề nghị tỉnh có chính sách hỗ trợ người dân sau sáp nhập tỉnh đổi lại giấy tờ|đặt tên đường, tên phố ~ trả lời kiến nghị của cử tri ~ hỗ trợ người dân đổi giấy tờ
X|UBND-X|đề nghị xã thông báo lịch tiếp công dân cụ thể ~ đề nghị chính quyền thông tin kết quả giải quyết ý kiến cử tri lần trước ~ đề nghị sớm công khai kế hoạch sử dụng trụ sở xã cũ sau sáp nhập|công khai lịch tiếp dân ~ thông báo kết quả giải quyết kiến nghị ~ sử dụng hiệu quả trụ sở cũ
"""

# Second bank (added later): more situations per topic, mostly commune and province level, so that the held-out
# split (whole situations) has siblings to generalise from; same format.
BANK_MORE = r"""
## dat-dai
T|SNNMT|đo đạc lại bản đồ địa chính nhưng diện tích trên bản đồ mới nhỏ hơn sổ đỏ cũ ~ cấp đổi giấy chứng nhận theo bản đồ địa chính mới bị sai tên chủ, sai loại đất ~ chi nhánh đăng ký đất đai yêu cầu nộp thêm nhiều giấy tờ không có trong quy định|kiểm tra, chỉnh lý biến động theo đúng hiện trạng ~ hướng dẫn rõ thành phần hồ sơ cấp đổi ~ giải quyết hồ sơ đúng thời hạn
T|SNNMT|dự án đã thu hồi đất nhiều năm nhưng chưa giao đất tái định cư, các hộ phải thuê nhà ở tạm ~ giá đất tái định cư cao hơn giá bồi thường đất bị thu hồi, dân không đủ tiền nhận nền ~ khu tái định cư cấp nền bốc thăm không công khai|sớm giao đất tái định cư cho các hộ ~ xem xét giá đất tái định cư phù hợp ~ công khai kết quả bốc thăm nền tái định cư
X|UBND-X|đất bãi bồi ven sông do xã quản lý cho thuê không qua đấu giá ~ quỹ đất công ích năm phần trăm của xã cho thuê không công khai, giá thuê không rõ ràng ~ xã thu tiền thuê đất công ích nhưng không thông báo cho dân|công khai việc cho thuê đất công ích ~ tổ chức đấu giá cho thuê đất theo quy định ~ báo cáo thu chi tiền thuê đất trước dân
X|UBND-X|hộ dân xây nhà kiên cố trên đất trồng cây lâu năm chưa chuyển mục đích ~ người dân tự ý phân lô bán nền trên đất nông nghiệp ở {village} ~ có người rao bán đất phân lô không có giấy tờ hợp lệ|kiểm tra, ngăn chặn việc phân lô bán nền trái phép ~ xử lý hộ xây dựng trên đất nông nghiệp ~ thông báo cho người dân biết để tránh mua phải đất không giấy tờ

## moi-truong
T|SNNMT|cơ sở tái chế nhựa, phế liệu trong cụm công nghiệp đốt rác thải gây khói độc ~ bãi chôn lấp rác của tỉnh rỉ nước thải ra ruộng lúa, giếng nước của dân bị ô nhiễm ~ nhà máy xử lý rác chậm vận hành, rác tồn đọng hàng nghìn tấn|thanh tra, đình chỉ cơ sở gây ô nhiễm ~ xử lý nước rỉ rác, hỗ trợ người dân bị ảnh hưởng ~ đẩy nhanh vận hành nhà máy xử lý rác
T|SNNMT|khu mỏ khai thác đất san lấp sau khi đóng mỏ không cải tạo, phục hồi môi trường ~ doanh nghiệp khai thác đá vượt ranh giới được cấp phép ~ xe chở đất đá từ mỏ làm rơi vãi, bụi mù cả tuyến đường|kiểm tra việc cải tạo, phục hồi môi trường sau khai thác ~ thu hồi giấy phép doanh nghiệp vi phạm ~ buộc doanh nghiệp che chắn, rửa xe trước khi ra khỏi mỏ
X|UBND-X|chuồng trâu bò sát giếng nước, nước giếng của các hộ xung quanh có mùi ~ hộ làm nghề nấu rượu, làm bún xả nước thải ra cống chung gây hôi thối ~ hộ bán phế liệu tập kết ve chai, bình ắc quy ngay trong {alley}|kiểm tra, yêu cầu hộ gây ô nhiễm khắc phục ~ xử phạt hộ xả thải không đúng nơi quy định ~ buộc di chuyển điểm tập kết phế liệu
X|UBND-X|rác thải ở chợ không được thu dọn, bốc mùi hôi cả khu phố ~ thùng rác công cộng ở đầu {alley} luôn đầy, không ai thu gom ~ tổ thu gom rác tự thu phí cao, thu không đủ ngày|bố trí thêm thùng rác và tăng chuyến thu gom ~ công khai mức phí thu gom rác ~ vệ sinh khu vực chợ hằng ngày

## giao-thong
T|SXD|cầu cũ trên đường tỉnh đã có biển cấm xe tải nhưng xe quá tải vẫn qua lại ~ nút giao giữa đường tỉnh và quốc lộ không có vòng xuyến, tai nạn xảy ra liên tục ~ tuyến đường tỉnh thi công kéo dài, nhà thầu bỏ dở, bụi mù mịt|kiểm định, sửa chữa cầu ~ tổ chức lại nút giao, lắp đèn tín hiệu ~ yêu cầu nhà thầu đẩy nhanh tiến độ thi công
X|UBND-X|đường vào {village} bị xe chở vật liệu cày nát, mưa xuống thành ao ~ người dân họp chợ tự phát lấn chiếm lòng đường trước cổng trường ~ hộ dân đổ vật liệu xây dựng chắn ngang đường ngõ xóm nhiều ngày|sửa chữa đường giao thông nông thôn ~ dẹp chợ tự phát lấn chiếm lòng đường ~ yêu cầu hộ dân dọn vật liệu trả lại lối đi
X|CA-X|xe tải chạy tốc độ cao qua khu dân cư đông trẻ em ~ thanh niên đua xe, nẹt pô ầm ĩ trên đường liên xã vào ban đêm ~ xe đậu đỗ kín hai bên {alley}, xe cứu thương không vào được|tổ chức tuần tra, xử lý vi phạm giao thông ~ đặt gờ giảm tốc, biển hạn chế tốc độ ~ xử lý xe đậu đỗ sai quy định

## y-te
T|SYT|người bệnh phải tự mua thuốc bên ngoài vì bệnh viện tỉnh hết thuốc ~ bệnh viện đa khoa tỉnh thu thêm phí dịch vụ khi người bệnh có thẻ BHYT ~ xe cấp cứu của bệnh viện đến chậm, người bệnh tử vong|chỉ đạo bệnh viện bảo đảm đủ thuốc cho người bệnh ~ kiểm tra việc thu phí dịch vụ ~ làm rõ trách nhiệm trong vụ việc cấp cứu chậm
T|SYT|phòng khám tư nhân, nha khoa hoạt động không phép ~ cơ sở thẩm mỹ, spa tiêm filler gây biến chứng cho khách hàng ~ nhà thuốc bán thuốc kháng sinh không cần đơn|kiểm tra, xử lý cơ sở hành nghề không phép ~ thanh tra các cơ sở thẩm mỹ ~ quản lý chặt việc bán thuốc kê đơn
X|UBND-X|đợt tiêm chủng ở trạm y tế xã thông báo không rõ, trẻ bị lỡ mũi tiêm ~ dịch sốt xuất huyết bùng phát ở {village} nhưng chưa phun thuốc diệt muỗi ~ hộ dân kinh doanh thức ăn đường phố mất vệ sinh gần trường học|phun hóa chất diệt muỗi, vệ sinh môi trường phòng dịch ~ thông báo lịch tiêm chủng rõ ràng ~ kiểm tra vệ sinh an toàn thực phẩm

## bao-hiem
T|BHXH-T|người lao động nghỉ việc đã lâu nhưng chưa nhận được trợ cấp thất nghiệp ~ hồ sơ hưởng chế độ tử tuất nộp nhiều tháng chưa được giải quyết ~ sổ bảo hiểm xã hội bị sai ngày sinh, không gộp được quá trình đóng|giải quyết chế độ cho người lao động ~ điều chỉnh thông tin trên sổ bảo hiểm ~ hướng dẫn gộp quá trình đóng bảo hiểm
X|UBND-X|nhân viên thu bảo hiểm y tế hộ gia đình ở thôn thu tiền nhưng chưa giao thẻ ~ đại lý thu bảo hiểm xã hội tự nguyện ở xã mời chào sai thông tin ~ danh sách người được cấp thẻ BHYT miễn phí ở thôn bị sót nhiều người|kiểm tra việc thu tiền bảo hiểm ở thôn ~ rà soát, bổ sung danh sách cấp thẻ BHYT ~ cung cấp thông tin đúng về bảo hiểm xã hội tự nguyện

## giao-duc
T|SGDDT|trường THPT công lập thiếu chỗ, nhiều học sinh phải học trường tư thục học phí cao ~ việc tuyển sinh lớp 10 của tỉnh thay đổi môn thi sát ngày thi ~ giáo viên hợp đồng ở trường THPT bị nợ lương nhiều tháng|xây thêm trường THPT, tăng chỉ tiêu tuyển sinh ~ công bố phương án tuyển sinh sớm ~ giải quyết chế độ cho giáo viên hợp đồng
X|UBND-X|trường mầm non của xã quá tải, trẻ ba tuổi không có chỗ học ~ điểm trường lẻ ở {village} dột nát, không có nhà vệ sinh ~ nhà trường ép học sinh học thêm, mua tài liệu|đầu tư thêm phòng học mầm non ~ sửa chữa điểm trường, xây nhà vệ sinh ~ chấn chỉnh việc dạy thêm, học thêm

## lao-dong-xa-hoi
T|SNV|công ty trong khu công nghiệp cho công nhân nghỉ việc không báo trước, không trả trợ cấp ~ doanh nghiệp bắt công nhân làm thêm giờ quá quy định ~ công nhân bị tai nạn lao động nhưng công ty không bồi thường|thanh tra việc chấp hành pháp luật lao động ~ buộc công ty trả trợ cấp thôi việc ~ giải quyết chế độ tai nạn lao động
T|SNV|hồ sơ đề nghị hưởng chế độ chất độc hóa học cho con của người tham gia kháng chiến nộp lâu chưa có kết quả ~ thân nhân liệt sĩ chưa được cấp kinh phí đi thăm viếng mộ ~ mộ liệt sĩ chưa xác định được danh tính|giải quyết hồ sơ người có công ~ hỗ trợ thân nhân thăm viếng mộ liệt sĩ ~ giám định ADN xác định danh tính hài cốt
X|UBND-X|xã chưa lập hồ sơ trợ cấp cho người khuyết tật nặng ở {village} ~ người già neo đơn ở thôn không có ai chăm sóc, xã chưa hỗ trợ ~ hộ nghèo bị cắt hỗ trợ tiền điện mà không được thông báo|lập hồ sơ hưởng trợ cấp xã hội cho người khuyết tật ~ hỗ trợ người cao tuổi neo đơn ~ công khai danh sách hộ được hỗ trợ

## nong-nghiep
T|SNNMT|đê sông bị sạt lở, mùa lũ tới người dân lo ngại ~ cống ngăn mặn hư hỏng, nước mặn tràn vào ruộng ~ kè chống sạt lở bờ sông thi công dở dang|khẩn trương gia cố đê ~ sửa chữa cống ngăn mặn ~ hoàn thành kè chống sạt lở
T|SNNMT|giống lúa hỗ trợ cho nông dân kém chất lượng, nảy mầm thấp ~ phân bón giả, thuốc bảo vệ thực vật kém chất lượng bán tràn lan ~ dịch cúm gia cầm xuất hiện nhưng chưa được cấp vắc xin|kiểm tra chất lượng giống hỗ trợ ~ xử lý cơ sở kinh doanh phân bón giả ~ cấp vắc xin phòng dịch cho đàn gia cầm
X|UBND-X|bờ bao ngăn lũ quanh cánh đồng bị vỡ, ruộng lúa ngập úng ~ trạm bơm của hợp tác xã hư hỏng, không bơm nước kịp vụ ~ trâu bò thả rông phá hoại hoa màu của người dân|gia cố bờ bao, bơm tiêu úng ~ sửa chữa trạm bơm kịp thời vụ ~ xử lý tình trạng thả rông gia súc
X|UBND-X|việc chi trả tiền hỗ trợ thiệt hại do thiên tai ở {village} chậm, không công khai ~ hỗ trợ khôi phục sản xuất sau bão chưa đến tay người dân|công khai danh sách hộ được hỗ trợ thiệt hại ~ chi trả kịp thời tiền hỗ trợ

## tai-chinh-thue
T|THUE-T|hộ kinh doanh bị yêu cầu dùng hóa đơn điện tử nhưng không được hướng dẫn ~ cơ quan thuế tính tiền chậm nộp tiền sử dụng đất khi hồ sơ chậm do lỗi cán bộ ~ thủ tục hoàn thuế thu nhập cá nhân kéo dài|hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử ~ xem xét miễn tiền chậm nộp ~ giải quyết hoàn thuế đúng hạn
T|STC|kinh phí xây dựng nông thôn mới của tỉnh phân bổ chậm, công trình nợ đọng ~ tỉnh chưa bố trí vốn đối ứng cho công trình nhân dân đã đóng góp ~ các công trình hoàn thành nhiều năm chưa được quyết toán|bố trí kinh phí kịp thời cho các xã ~ thanh toán nợ đọng xây dựng cơ bản ~ quyết toán công trình hoàn thành
X|UBND-X|xã thu tiền đóng góp xây dựng đường nhưng không công khai chi tiêu ~ thôn vận động đóng góp làm nhà văn hóa ép hộ nghèo cũng phải đóng ~ quỹ phòng chống thiên tai thu trùng lặp|công khai thu chi các khoản đóng góp ~ miễn đóng góp cho hộ nghèo ~ thu đúng quy định

## an-ninh-trat-tu
T|CA-T|người dân bị lừa đảo qua điện thoại, mạng xã hội mất nhiều tiền nhưng chưa được điều tra ~ có đối tượng cho vay nặng lãi, đòi nợ kiểu xã hội đen, ném chất bẩn vào nhà dân ~ đường dây mua bán ma túy hoạt động ở khu trọ công nhân|điều tra, truy bắt các đối tượng ~ xử lý nghiêm hoạt động tín dụng đen ~ triệt phá đường dây ma túy
X|CA-X|quán karaoke trong khu dân cư mở nhạc to quá nửa đêm ~ hàng xóm thường xuyên say rượu đánh vợ con, chửi bới ~ xảy ra nhiều vụ trộm xe máy, trộm gà vịt ở {village}|kiểm tra, xử phạt quán karaoke gây ồn ~ can thiệp, xử lý hành vi bạo lực gia đình ~ tăng cường tuần tra ban đêm
X|CA-X|phòng trọ cho người lạ thuê không khai báo tạm trú ~ thanh niên tụ tập sử dụng bóng cười, chất kích thích ở bãi đất trống ~ có nhóm người lạ mặt lảng vảng ở trường học|kiểm tra việc đăng ký tạm trú ~ giải tán, xử lý nhóm sử dụng chất kích thích ~ bảo đảm an ninh khu vực trường học

## xay-dung-do-thi
T|SXD|nhà chung cư cũ xuống cấp nguy hiểm nhưng chưa được cải tạo ~ chung cư không bảo đảm phòng cháy chữa cháy, thang máy thường xuyên hỏng ~ ban quản trị chung cư không bàn giao quỹ bảo trì|sớm cải tạo chung cư cũ ~ kiểm tra phòng cháy chữa cháy chung cư ~ buộc chủ đầu tư bàn giao quỹ bảo trì
T|SXD|giá vật liệu xây dựng tăng cao, nhiều công trình dừng thi công ~ công trình trụ sở, trường học mới xây đã nứt, thấm dột ~ đèn chiếu sáng công cộng trên tuyến đường chính của tỉnh hư hỏng nhiều|kiểm tra chất lượng công trình xây dựng ~ quản lý giá vật liệu xây dựng ~ sửa chữa hệ thống chiếu sáng
X|UBND-X|hộ dân cơi nới ban công, mái che lấn ra {street} ~ công trình xây dựng nhà ở {alley} làm nứt tường nhà bên cạnh ~ hộ dân xây dựng sai giấy phép, xây thêm tầng|kiểm tra, đình chỉ công trình vi phạm ~ buộc chủ công trình bồi thường thiệt hại ~ xử lý trật tự xây dựng
X|UBND-X|cống thoát nước trên {street} bị tắc nghẽn, nắp cống hở rất nguy hiểm ~ mương thoát nước khu dân cư bị lấp, nước thải tràn vào nhà dân ~ sau mỗi trận mưa lớn {alley} ngập sâu cả tuần|nạo vét cống rãnh thoát nước ~ thay nắp cống bị vỡ ~ cải tạo hệ thống thoát nước

## cong-thuong-dien
T|DL-T|hóa đơn tiền điện tháng này tăng gấp đôi dù sử dụng như bình thường ~ công tơ điện chạy nhanh bất thường ~ điện lực thay công tơ điện tử nhưng không thông báo chỉ số cũ|kiểm tra công tơ điện, tính lại tiền điện ~ thông báo chỉ số công tơ khi thay ~ giải thích rõ cách tính tiền điện
T|SCT|hàng giả, hàng nhái bày bán công khai ở chợ đầu mối ~ cửa hàng bán khí gas không rõ nguồn gốc, không bảo đảm an toàn ~ siêu thị bán thực phẩm quá hạn sử dụng|kiểm tra, xử lý hàng giả ~ quản lý kinh doanh khí gas ~ xử lý cơ sở bán hàng quá hạn
X|UBND-X|chợ tạm của xã lấn chiếm lòng đường, mất an toàn giao thông ~ ban quản lý chợ thu phí cao bất hợp lý ~ khu vực chợ xã không có điện chiếu sáng, nhà vệ sinh|quy hoạch, di dời chợ tạm ~ công khai mức thu phí chợ ~ đầu tư hạ tầng chợ

## ngan-hang-tin-dung
T|NHCSXH-T|hộ cận nghèo làm hồ sơ vay vốn chính sách đợi nhiều tháng chưa được giải ngân ~ sinh viên vay vốn học tập bị yêu cầu trả nợ trước hạn ~ hộ vay vốn chính sách bị thiên tai mất trắng xin khoanh nợ|giải ngân vốn vay chính sách kịp thời ~ xem xét gia hạn, khoanh nợ cho hộ gặp rủi ro ~ tăng nguồn vốn cho vay học sinh sinh viên
X|UBND-X|trưởng thôn giữ sổ vay vốn của hộ dân không trả ~ tổ trưởng tổ vay vốn thu lãi của dân nhưng không nộp ngân hàng ~ xã không xác nhận hồ sơ vay vốn giải quyết việc làm|kiểm tra hoạt động tổ vay vốn ~ trả lại sổ vay cho người dân ~ xác nhận hồ sơ vay vốn kịp thời

## noi-vu-can-bo
T|SNV|cán bộ không chuyên trách cấp xã nghỉ việc sau sáp nhập chưa được chi trả chế độ ~ công chức xã sau sắp xếp phải đi làm xa, chưa có chế độ hỗ trợ ~ việc bố trí cán bộ sau sáp nhập xã chưa phù hợp chuyên môn|giải quyết chế độ cho cán bộ nghỉ việc ~ có chính sách hỗ trợ đi lại, nhà ở công vụ ~ bố trí cán bộ đúng chuyên môn
X|UBND-X|cán bộ xã đi làm muộn, giờ hành chính không có mặt ở trụ sở ~ công chức tư pháp hộ tịch của xã thờ ơ, không hướng dẫn người dân ~ xã chậm trả lời đơn thư, văn bản của người dân|chấn chỉnh kỷ luật, kỷ cương hành chính ~ nhắc nhở công chức có thái độ không đúng mực ~ trả lời đơn thư đúng hạn

## tu-phap
T|STP|giấy chứng nhận quyền sử dụng đất đã thế chấp nhưng văn phòng công chứng vẫn chứng thực chuyển nhượng ~ thủ tục cấp phiếu lý lịch tư pháp kéo dài ~ trung tâm trợ giúp pháp lý chưa hỗ trợ người nghèo trong vụ kiện|kiểm tra hoạt động công chứng ~ rút ngắn thời gian cấp phiếu lý lịch tư pháp ~ trợ giúp pháp lý miễn phí cho người nghèo
X|UBND-X|xã từ chối chứng thực hợp đồng tặng cho nhà đất ~ đăng ký kết hôn với người nước ngoài bị yêu cầu nhiều giấy tờ ~ xã chậm trích lục giấy khai tử cho gia đình|hướng dẫn thủ tục chứng thực ~ giải quyết đăng ký hộ tịch đúng hạn ~ cấp trích lục hộ tịch cho người dân
X|UBND-X|tổ hòa giải ở thôn không hoạt động, mâu thuẫn giữa các hộ kéo dài ~ mâu thuẫn về lối đi, nước thải giữa hai gia đình chưa được hòa giải|củng cố tổ hòa giải ở cơ sở ~ tổ chức hòa giải mâu thuẫn giữa các hộ

## thong-tin-truyen-thong
T|SKHCN|nhà mạng thu cước dịch vụ không đăng ký ~ cột ăng ten của nhà mạng dựng sát nhà dân không xin ý kiến ~ sóng điện thoại chập chờn ở khu vực biên giới, không gọi được cứu hộ|kiểm tra việc thu cước của nhà mạng ~ xem xét vị trí trạm phát sóng ~ phủ sóng di động cho vùng biên giới
X|UBND-X|dây cáp viễn thông, cáp internet giăng mắc lộn xộn, sà xuống thấp ở {alley} ~ bảng quảng cáo, tờ rơi dán tràn lan trên cột điện ~ đài truyền thanh xã phát thanh quá to vào sáng sớm|chỉnh trang, bó gọn dây cáp viễn thông ~ xử lý quảng cáo rao vặt trái phép ~ điều chỉnh giờ phát thanh

## van-hoa-the-thao-du-lich
T|SVHTTDL|lễ hội truyền thống bị thương mại hóa, nhiều dịch vụ chặt chém du khách ~ khu du lịch sinh thái xây dựng trái phép trong rừng phòng hộ ~ sân vận động tỉnh xuống cấp, không tổ chức được giải đấu|chấn chỉnh tổ chức lễ hội ~ kiểm tra các khu du lịch xây dựng sai phép ~ nâng cấp sân vận động
X|UBND-X|sân bóng của thôn bị cho thuê làm bãi tập kết vật liệu ~ đám cưới, đám tang mở loa công suất lớn kéo dài nhiều ngày ~ khu vui chơi cho trẻ em của xã không có|trả lại sân chơi cho thanh thiếu niên ~ thực hiện nếp sống văn minh trong việc cưới, việc tang ~ đầu tư khu vui chơi cho trẻ em

## dan-toc-ton-giao
T|SNV|chính sách hỗ trợ đất sản xuất cho hộ đồng bào dân tộc thiểu số chưa được thực hiện ~ cơ sở tôn giáo xin cấp phép xây dựng lại nơi thờ tự chưa được giải quyết ~ hỗ trợ học sinh dân tộc nội trú chi trả chậm|thực hiện chính sách hỗ trợ đất sản xuất ~ xem xét cấp phép cho cơ sở tôn giáo ~ chi trả kịp thời chế độ cho học sinh dân tộc
X|UBND-X|người có uy tín trong đồng bào ở {village} chưa được nhận chế độ ~ hộ đồng bào dân tộc ở bản xa chưa được hỗ trợ nước sinh hoạt ~ việc sinh hoạt tôn giáo tại nhà riêng gây mất trật tự|chi trả chế độ cho người có uy tín ~ hỗ trợ bồn chứa nước cho hộ đồng bào ~ hướng dẫn sinh hoạt tôn giáo đúng quy định

## khieu-nai-to-cao
T|TTT|tố cáo cán bộ địa chính xã nhận tiền để làm sổ đỏ ~ tố cáo kế toán xã lập chứng từ khống rút tiền ngân sách ~ đơn tố cáo cán bộ xã gửi từ năm trước đến nay chưa có kết luận|thanh tra, làm rõ nội dung tố cáo ~ thu hồi tiền sai phạm ~ công bố kết luận giải quyết tố cáo
X|UBND-X|khiếu nại việc xã không cấp giấy xác nhận cho gia đình ~ khiếu nại quyết định của xã buộc tháo dỡ mái che ~ tố cáo công an viên thôn đòi tiền người dân|xem xét lại việc từ chối xác nhận ~ giải quyết khiếu nại đúng thời hạn ~ làm rõ hành vi của công an viên

## khac
T|UBND-T|đề nghị tỉnh công khai tiến độ giải quyết kiến nghị cử tri trên cổng thông tin ~ sau sáp nhập tỉnh, người dân phải đi xa để làm thủ tục ở trung tâm hành chính công ~ đề nghị tỉnh sớm bố trí sử dụng trụ sở các sở cũ bỏ trống|công khai kết quả giải quyết kiến nghị ~ mở thêm điểm tiếp nhận hồ sơ gần dân ~ sử dụng hiệu quả trụ sở dôi dư
X|UBND-X|sau sáp nhập xã, trụ sở mới ở xa, người già đi làm giấy tờ rất vất vả ~ xã chưa tổ chức đối thoại với nhân dân theo quy định ~ thôn mới sáp nhập chưa có nhà văn hóa chung|bố trí điểm tiếp nhận hồ sơ tại thôn ~ tổ chức đối thoại với nhân dân ~ xây dựng nhà văn hóa cho thôn mới

## moi-truong
TU|BNNMT|quy định về phí bảo vệ môi trường đối với nước thải sinh hoạt chưa hợp lý ~ chưa có chế tài đủ mạnh xử lý doanh nghiệp nhập khẩu phế liệu gây ô nhiễm ~ quy định đánh giá tác động môi trường còn hình thức|sửa đổi quy định về bảo vệ môi trường ~ siết chặt nhập khẩu phế liệu ~ nâng cao chất lượng đánh giá tác động môi trường
X|UBND-X|cây xanh trên vỉa hè {street} chết khô, cành sắp gãy đổ ~ hộ dân chặt phá cây xanh công cộng trước nhà ~ khu đất trống đầu {village} thành nơi xả rác, cỏ mọc um tùm, nhiều rắn rết|cắt tỉa, thay thế cây xanh nguy hiểm ~ xử lý hành vi chặt phá cây xanh ~ dọn dẹp vệ sinh khu đất trống

## an-ninh-trat-tu
TU|BCA|quy định về quản lý vũ khí thô sơ, công cụ hỗ trợ chưa chặt chẽ ~ tai nạn giao thông do người điều khiển phương tiện sử dụng rượu bia còn nhiều ~ lực lượng công an xã bán chuyên trách sau sắp xếp chưa có chế độ|sửa đổi quy định quản lý vũ khí ~ tăng nặng chế tài xử lý vi phạm nồng độ cồn ~ có chính sách cho lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở
X|CA-X|nhóm thanh niên mang hung khí đánh nhau ở khu vực chợ đêm ~ tình trạng trộm cắp tài sản ở khu trọ diễn ra thường xuyên ~ hộ kinh doanh cầm đồ trong {alley} có dấu hiệu cho vay nặng lãi|tăng cường tuần tra, giải tán tụ tập ~ điều tra các vụ trộm cắp ~ kiểm tra hoạt động cơ sở cầm đồ

## y-te
TU|BYT|quy định về đấu thầu, mua sắm trang thiết bị y tế còn vướng mắc ~ thủ tục cấp chứng chỉ hành nghề khám bệnh, chữa bệnh còn phức tạp ~ giá dịch vụ y tế điều chỉnh tăng nhưng chất lượng chưa tương xứng|tháo gỡ vướng mắc trong đấu thầu thiết bị y tế ~ đơn giản hóa thủ tục cấp chứng chỉ hành nghề ~ nâng cao chất lượng dịch vụ y tế
X|UBND-X|trạm y tế phường không có thuốc, người dân phải lên bệnh viện tuyến trên ~ hộ dân nuôi chó thả rông không tiêm phòng dại, trẻ bị chó cắn ~ nhân viên y tế thôn bản không được trả phụ cấp|bổ sung thuốc cho trạm y tế ~ tổ chức tiêm phòng dại, xử lý chó thả rông ~ chi trả phụ cấp cho nhân viên y tế thôn bản

## thong-tin-truyen-thong
TU|BKHCN|tin nhắn rác, cuộc gọi lừa đảo từ sim rác vẫn tràn lan ~ quy định chuẩn hóa thông tin thuê bao gây phiền hà cho người già ~ giá cước internet ở vùng nông thôn còn cao|có giải pháp ngăn chặn sim rác, cuộc gọi lừa đảo ~ hướng dẫn thủ tục chuẩn hóa thuê bao thuận lợi ~ giảm giá cước cho vùng khó khăn
T|SKHCN|cổng dịch vụ công của tỉnh thường xuyên lỗi, không nộp được hồ sơ ~ phần mềm một cửa điện tử của tỉnh chậm, treo máy ~ báo địa phương đăng tin sai sự thật về gia đình tôi|khắc phục lỗi cổng dịch vụ công ~ nâng cấp phần mềm một cửa ~ yêu cầu cải chính thông tin sai

## van-hoa-the-thao-du-lich
TU|BVHTTDL|nhiều di sản văn hóa phi vật thể có nguy cơ mai một ~ quy định về tổ chức lễ hội chưa phù hợp thực tế ~ chính sách đãi ngộ cho vận động viên, huấn luyện viên thể thao còn thấp|có chính sách bảo tồn di sản văn hóa phi vật thể ~ sửa đổi quy định về lễ hội ~ nâng chế độ cho vận động viên
T|SVHTTDL|quán bar, karaoke kinh doanh không phép ở khu du lịch ~ các đình, chùa cổ được công nhận di tích bị tu bổ sai kiến trúc gốc ~ thư viện tỉnh xuống cấp, ít sách mới|kiểm tra hoạt động kinh doanh dịch vụ văn hóa ~ giám sát việc tu bổ di tích ~ đầu tư cho thư viện tỉnh

## khieu-nai-to-cao
TU|TTCP|kết luận thanh tra của Bộ chưa được thực hiện nghiêm ~ công dân nhiều năm khiếu nại lên Trung ương về việc thu hồi đất của nông trường|đôn đốc thực hiện kết luận thanh tra ~ rà soát, giải quyết dứt điểm vụ việc khiếu nại kéo dài
X|UBND-X|khiếu nại việc xã lập biên bản vi phạm hành chính không đúng sự thật ~ tố cáo tổ trưởng dân phố lợi dụng việc xác nhận giấy tờ để thu tiền|xem xét lại biên bản vi phạm ~ xác minh, xử lý tổ trưởng dân phố

## lao-dong-xa-hoi
TU|BNV|chính sách cho người lao động mất việc do doanh nghiệp cắt giảm còn hạn chế ~ người lao động đi làm việc ở nước ngoài theo hợp đồng bị lừa, mất tiền đặt cọc ~ quy định về tuổi nghỉ hưu với lao động nặng nhọc chưa phù hợp|có chính sách hỗ trợ người lao động mất việc ~ quản lý chặt doanh nghiệp đưa người đi lao động nước ngoài ~ xem xét tuổi nghỉ hưu cho lao động nặng nhọc
X|UBND-X|trẻ em bỏ học đi làm thuê ở các xưởng trong {village} ~ tiền hỗ trợ mai táng phí cho người hưởng trợ cấp xã hội chưa được chi trả ~ xã chậm xác nhận hồ sơ đề nghị hưởng chế độ người có công|vận động trẻ trở lại trường, kiểm tra việc sử dụng lao động trẻ em ~ chi trả mai táng phí cho gia đình ~ xác nhận hồ sơ kịp thời

## giao-duc
TU|BGDDT|sách giáo khoa thay đổi liên tục, phụ huynh tốn kém ~ chương trình giáo dục phổ thông mới quá tải với học sinh tiểu học ~ quy định về thu học phí đại học tăng quá nhanh|ổn định bộ sách giáo khoa ~ giảm tải chương trình ~ có lộ trình tăng học phí phù hợp
T|SGDDT|trường chuyên của tỉnh thu thêm nhiều khoản ngoài quy định ~ kết quả thi tuyển giáo viên của tỉnh có dấu hiệu tiêu cực ~ trường dạy nghề của tỉnh đào tạo không gắn với việc làm|kiểm tra các khoản thu tại trường chuyên ~ thanh tra kỳ thi tuyển giáo viên ~ đổi mới đào tạo nghề

## cong-thuong-dien
TU|BCT|cơ chế mua bán điện mặt trời mái nhà chưa rõ ràng ~ xuất khẩu nông sản qua cửa khẩu thường xuyên ùn ứ ~ quản lý thương mại điện tử còn lỏng lẻo, hàng giả bán trên mạng|ban hành cơ chế cho điện mặt trời mái nhà ~ có giải pháp thông quan nông sản ~ tăng cường quản lý thương mại điện tử
X|UBND-X|hộ dân tự kéo dây điện qua đường, rất nguy hiểm ~ đèn đường trong {village} bị hỏng, đường tối om ~ hộ kinh doanh bán hàng rong chiếm lối đi ở cổng chợ|kiểm tra, xử lý việc kéo dây điện tự phát ~ sửa chữa đèn chiếu sáng ~ sắp xếp lại hộ kinh doanh

## nong-nghiep
TU|BNNMT|chính sách hỗ trợ bảo hiểm nông nghiệp chưa hấp dẫn nông dân ~ quy định về quản lý, bảo vệ rừng phòng hộ làm người dân mất sinh kế ~ giá thức ăn chăn nuôi tăng, người chăn nuôi thua lỗ|mở rộng chính sách bảo hiểm nông nghiệp ~ có chính sách chi trả dịch vụ môi trường rừng hợp lý ~ hỗ trợ người chăn nuôi
T|SNNMT|rừng phòng hộ đầu nguồn bị chặt phá, lấn chiếm làm rẫy ~ cháy rừng xảy ra nhưng lực lượng kiểm lâm đến chậm ~ tàu cá bị hư hỏng do bão chưa được hỗ trợ|kiểm tra, xử lý nghiêm hành vi phá rừng ~ tăng cường phòng cháy rừng ~ hỗ trợ ngư dân sửa chữa tàu

## tu-phap
TU|BTP|chi phí thi hành án, lệ phí công chứng còn cao ~ quy định về đấu giá tài sản còn sơ hở, xảy ra thông đồng dìm giá ~ quy định về quốc tịch cho người Việt ở nước ngoài phức tạp|giảm chi phí công chứng ~ sửa đổi Luật Đấu giá tài sản ~ đơn giản hóa thủ tục quốc tịch
T|STP|cơ quan thi hành án dân sự chậm thi hành bản án đã có hiệu lực ~ chấp hành viên kê biên tài sản không đúng quy định ~ trung tâm đấu giá tài sản của tỉnh tổ chức đấu giá không minh bạch|đôn đốc thi hành án ~ kiểm tra việc kê biên tài sản ~ thanh tra hoạt động đấu giá

## noi-vu-can-bo
TU|BNV|quy định về chế độ, chính sách cho người hoạt động không chuyên trách ở thôn, tổ dân phố còn thấp ~ tiêu chuẩn chức danh công chức cấp xã sau sắp xếp chưa rõ ~ thi tuyển công chức còn nặng về lý thuyết|nâng mức phụ cấp cho người hoạt động không chuyên trách ~ ban hành tiêu chuẩn chức danh công chức xã ~ đổi mới thi tuyển công chức
X|UBND-X|trưởng thôn làm việc không minh bạch, dân không tín nhiệm ~ việc bầu trưởng thôn mới sau sáp nhập thôn chưa dân chủ ~ cán bộ xã uống rượu trong giờ làm việc|kiểm tra, xem xét việc bầu trưởng thôn ~ tổ chức bầu cử trưởng thôn đúng quy định ~ xử lý cán bộ vi phạm kỷ luật

## ngan-hang-tin-dung
TU|NHNN|thủ tục vay vốn ngân hàng của doanh nghiệp nhỏ còn khó ~ phí dịch vụ chuyển tiền, rút tiền ATM tăng ~ tín dụng đen, cho vay qua ứng dụng trên mạng diễn biến phức tạp|đơn giản hóa thủ tục cho vay ~ rà soát các loại phí ngân hàng ~ có giải pháp đẩy lùi tín dụng đen
T|NHNN-KV|cây ATM ở các xã thường xuyên hết tiền, hỏng máy ~ ngân hàng tự ý trừ tiền trong tài khoản của khách hàng ~ nhân viên ngân hàng ép khách mua bảo hiểm khi vay vốn|yêu cầu ngân hàng bảo đảm hoạt động ATM ~ giải quyết khiếu nại của khách hàng ~ chấn chỉnh việc ép mua bảo hiểm khi vay

## xay-dung-do-thi
TU|BXD|quy định về quản lý chung cư mini, nhà trọ chưa chặt chẽ ~ giá nhà ở tại các đô thị lớn tăng quá cao ~ quy chuẩn phòng cháy cho nhà ở kết hợp kinh doanh khó thực hiện|ban hành quy định quản lý chung cư mini ~ có giải pháp kiểm soát giá nhà ở ~ sửa đổi quy chuẩn phòng cháy phù hợp

## moi-truong
T|SNNMT|khu vực ven biển bị xói lở, rừng phi lao chắn sóng bị mất ~ khai thác nước ngầm tràn lan gây sụt lún đất ~ hồ chứa nước của tỉnh bị ô nhiễm tảo, nước có mùi|có giải pháp chống xói lở bờ biển, trồng lại rừng phòng hộ ~ kiểm soát việc khai thác nước ngầm ~ xử lý ô nhiễm hồ chứa
X|UBND-X|hộ dân xả nước thải sinh hoạt ra ao làng khiến ao đen ngòm, cá chết ~ xác động vật chết vứt xuống kênh bốc mùi ~ khói từ lò đốt vàng mã, lò nung gạch thủ công làm cả xóm ngột ngạt|nạo vét, cải tạo ao làng ~ xử lý người vứt xác động vật ~ yêu cầu dừng hoạt động lò đốt gây khói
X|UBND-X|hộ gia đình mở xưởng nhuộm vải, xi mạ trong nhà xả nước màu ra cống ~ tiệm rửa xe xả nước bẩn, bùn đất tràn ra {street} ~ quán nướng vỉa hè xả khói vào nhà dân|kiểm tra, xử lý hộ sản xuất gây ô nhiễm ~ yêu cầu tiệm rửa xe làm hố lắng ~ nhắc nhở quán ăn xử lý khói

## an-ninh-trat-tu
T|CA-T|đối tượng chiếm đoạt tiền góp hụi, bỏ trốn khỏi địa phương ~ công ty đa cấp huy động vốn trái phép của nhiều người dân ~ người dân tố giác tội phạm nhưng cơ quan điều tra chưa trả lời|điều tra, truy bắt đối tượng ~ xử lý hoạt động huy động vốn trái phép ~ thông báo kết quả giải quyết tố giác
X|CA-X|người nghiện ma túy tụ tập ở gầm cầu, bãi đất hoang ~ chó thả rông, người đi đường bị chó tấn công ~ nhà hàng xóm thường xuyên cãi chửi, ném đồ sang nhà tôi|truy quét, đưa người nghiện đi cai nghiện ~ xử phạt chủ nuôi chó thả rông ~ can thiệp, giải quyết mâu thuẫn hàng xóm

## cong-thuong-dien
T|DL-T|trạm biến áp đặt sát nhà dân, gây tiếng ồn và nguy hiểm ~ điện áp thấp, bóng đèn chập chờn, máy bơm không chạy được ~ điện lực cắt điện đột xuất khi đang mùa nắng nóng|di dời trạm biến áp ~ nâng cấp lưới điện, bảo đảm điện áp ~ thông báo lịch cắt điện trước
X|UBND-X|cửa hàng tạp hóa bán thuốc lá điện tử cho học sinh ~ hộ kinh doanh bán hàng không niêm yết giá, chặt chém khách ~ cơ sở sang chiết gas trái phép trong khu dân cư|kiểm tra, xử lý cửa hàng vi phạm ~ yêu cầu niêm yết giá ~ xử lý cơ sở kinh doanh gas trái phép

## xay-dung-do-thi
T|UBND-T|đồ án quy hoạch phân khu điều chỉnh nhiều lần, người dân không biết để xây nhà ~ quy hoạch mở đường đi qua nhà dân nhưng nhiều năm không triển khai ~ khu dân cư hiện hữu bị đưa vào quy hoạch cây xanh|công khai quy hoạch được duyệt ~ sớm triển khai hoặc điều chỉnh quy hoạch ~ cho phép người dân xây dựng, sửa chữa nhà
X|UBND-X|nhà bỏ hoang xuống cấp sắp sập, nguy hiểm cho người đi đường ~ giàn giáo công trình xây dựng không che chắn, vật liệu rơi xuống {alley} ~ nhà hàng xóm xây dựng làm thấm dột, nứt tường nhà tôi|kiểm tra, yêu cầu chủ nhà gia cố hoặc tháo dỡ ~ buộc che chắn an toàn công trình ~ giải quyết bồi thường thiệt hại

## thong-tin-truyen-thong
X|UBND-X|cụm loa phát thanh đặt sát nhà tôi, mở quá to ~ bảng tin của khu phố không cập nhật thông báo ~ người dân ở {village} không nắm được thông tin chính sách vì không có loa|di chuyển hoặc giảm âm lượng loa ~ cập nhật bảng tin thường xuyên ~ lắp đặt loa truyền thanh cho thôn
T|SKHCN|tài khoản mạng xã hội giả mạo cơ quan nhà nước lừa đảo người dân ~ trang tin điện tử đăng thông tin sai về dự án của tỉnh ~ dịch vụ bưu chính chuyển phát chậm, thất lạc hồ sơ|xử lý tài khoản giả mạo ~ yêu cầu gỡ bỏ thông tin sai ~ kiểm tra chất lượng dịch vụ bưu chính

## giao-thong
T|SXD|bến xe mới của tỉnh xa trung tâm, không có xe buýt kết nối ~ xe khách dừng đón trả khách dọc quốc lộ qua tỉnh ~ cầu phao, phà qua sông quá tải vào dịp lễ tết|mở tuyến xe buýt kết nối bến xe ~ xử lý xe khách đón trả khách sai quy định ~ tăng chuyến phà, sớm xây cầu
X|UBND-X|đường nội đồng quá hẹp, máy gặt không vào được ~ cống qua đường liên thôn bị sập, xe không đi qua được ~ bụi tre, cây cối hai bên đường che khuất tầm nhìn ở khúc cua|mở rộng đường nội đồng ~ sửa chữa cống qua đường ~ phát quang cây cối hai bên đường

## dat-dai
X|UBND-X|xã chưa trả lại giấy tờ đất gốc sau khi làm thủ tục ~ đo đạc đất để làm đường nhưng xã không thông báo cho chủ đất ~ trích đo thửa đất của xã sai ranh giới với thực tế|trả lại giấy tờ gốc cho người dân ~ thông báo và mời chủ đất khi đo đạc ~ đo đạc lại đúng ranh giới
T|UBND-T|khiếu nại việc tỉnh thu hồi đất giao cho doanh nghiệp làm dự án không đúng mục đích ~ dự án thu hồi đất của dân để làm khu công nghiệp nhưng bỏ hoang|xem xét lại quyết định thu hồi đất ~ thu hồi dự án chậm triển khai

## y-te
T|SYT|trung tâm y tế khu vực sau khi bỏ cấp huyện thiếu bác sĩ chuyên khoa ~ bệnh viện tỉnh chậm thanh toán tiền thuốc, người bệnh chờ đợi lâu ~ thực phẩm bẩn tràn vào bếp ăn tập thể khu công nghiệp gây ngộ độc|bổ sung bác sĩ cho trung tâm y tế ~ cải tiến thủ tục khám bệnh ~ kiểm tra an toàn thực phẩm bếp ăn tập thể

## khac
TU|VPCP|việc sáp nhập đơn vị hành chính làm người dân phải đổi nhiều loại giấy tờ ~ chính sách đối với cán bộ thôi việc do sắp xếp bộ máy còn chậm chi trả ~ đề nghị có hướng dẫn thống nhất về địa chỉ sau sáp nhập|cho phép giữ giá trị giấy tờ cũ ~ chi trả kịp thời chế độ cho cán bộ thôi việc ~ hướng dẫn ghi địa chỉ mới
X|UBND-X|xã tổ chức họp dân nhưng không thông báo trước ~ thôn thu tiền để tổ chức lễ hội mà không bàn với dân ~ nhà văn hóa thôn bị sử dụng làm nơi kinh doanh|thông báo lịch họp dân ~ công khai việc thu chi tổ chức lễ hội ~ sử dụng nhà văn hóa đúng mục đích
"""

SESSIONS = ["thứ 9", "thứ 10", "thứ 11", "thứ nhất", "thứ hai", "cuối năm", "giữa năm"]

CENTRAL_ADDRESSEES = {
    "BNNMT": ["Bộ Nông nghiệp và Môi trường", "Bộ Tài nguyên và Môi trường", "Bộ TN&MT", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT"],
    "BXD": ["Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ GTVT"],
    "BYT": ["Bộ Y tế"],
    "BNV": ["Bộ Nội vụ", "Bộ Lao động - Thương binh và Xã hội", "Bộ LĐ-TB&XH"],
    "BHXHVN": ["Bảo hiểm xã hội Việt Nam", "BHXH Việt Nam"],
    "BGDDT": ["Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"],
    "BTC": ["Bộ Tài chính"],
    "BCA": ["Bộ Công an"],
    "BQP": ["Bộ Quốc phòng"],
    "BCT": ["Bộ Công Thương", "Tập đoàn Điện lực Việt Nam"],
    "NHNN": ["Ngân hàng Nhà nước", "Thống đốc Ngân hàng Nhà nước"],
    "BTP": ["Bộ Tư pháp"],
    "TANDTC": ["Tòa án nhân dân tối cao"],
    "BKHCN": ["Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ TT&TT"],
    "BVHTTDL": ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTTDL"],
    "BDTTG": ["Bộ Dân tộc và Tôn giáo", "Ủy ban Dân tộc", "Ban Tôn giáo Chính phủ"],
    "TTCP": ["Thanh tra Chính phủ", "Ban Tiếp công dân Trung ương"],
    "UBDNGS": ["Quốc hội", "Ủy ban Thường vụ Quốc hội", "Ban Dân nguyện"],
    "VPCP": ["Chính phủ", "Thủ tướng Chính phủ"],
    "BNG": ["Bộ Ngoại giao"],
    "MTTQTW": ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
}
GENERIC_CENTRAL = ["Chính phủ", "Trung ương", "Quốc hội", "Thủ tướng Chính phủ", "các bộ, ngành Trung ương", "Chính phủ chỉ đạo các bộ, ngành"]
PROVINCIAL_ADDRESSEES = {
    "SNNMT": ["Sở Nông nghiệp và Môi trường", "Sở TN&MT", "Sở Nông nghiệp", "ngành nông nghiệp"],
    "SXD": ["Sở Xây dựng", "Sở GTVT", "Sở Giao thông vận tải"],
    "SYT": ["Sở Y tế", "ngành y tế"],
    "SNV": ["Sở Nội vụ", "Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
    "SGDDT": ["Sở Giáo dục và Đào tạo", "ngành giáo dục"],
    "STC": ["Sở Tài chính"],
    "THUE-T": ["cơ quan thuế", "Thuế tỉnh", "Cục Thuế"],
    "CA-T": ["Công an tỉnh", "cơ quan công an"],
    "BHXH-T": ["Bảo hiểm xã hội tỉnh", "cơ quan BHXH"],
    "DL-T": ["Điện lực", "Công ty Điện lực", "ngành điện"],
    "CNN-T": ["Công ty cấp nước", "công ty nước"],
    "SCT": ["Sở Công Thương", "quản lý thị trường"],
    "NHCSXH-T": ["Ngân hàng Chính sách xã hội", "Ngân hàng CSXH"],
    "NHNN-KV": ["Ngân hàng Nhà nước chi nhánh", "Ngân hàng Nhà nước khu vực"],
    "STP": ["Sở Tư pháp"],
    "TAND-T": ["Tòa án tỉnh"],
    "SKHCN": ["Sở Khoa học và Công nghệ", "Sở TT&TT", "các nhà mạng"],
    "SVHTTDL": ["Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"],
    "TTT": ["Thanh tra tỉnh", "UBND tỉnh"],
    "UBND-T": ["UBND tỉnh", "Ủy ban nhân dân tỉnh"],
}
GENERIC_PROVINCIAL = ["UBND tỉnh", "tỉnh", "các ngành chức năng của tỉnh", "cơ quan chức năng", "ngành chức năng"]
GENERIC_COMMUNE = ["UBND xã", "chính quyền địa phương", "xã", "UBND phường", "phường", "chính quyền xã", "cơ quan chức năng"]

STREETS = ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt", "Nguyễn Huệ",
           "Phan Chu Trinh", "Lê Duẩn", "Hùng Vương", "Điện Biên Phủ", "Trần Phú", "Bạch Đằng", "Nguyễn Văn Cừ",
           "Võ Văn Kiệt", "Lê Hồng Phong", "Phan Đình Phùng", "Hoàng Diệu", "Nguyễn Du", "Ngô Quyền", "Cách Mạng Tháng Tám",
           "Nguyễn Thị Minh Khai", "Tôn Đức Thắng", "Lạc Long Quân", "Âu Cơ", "Trường Chinh", "Nguyễn Sinh Sắc",
           "Phạm Văn Đồng", "Huỳnh Thúc Kháng", "Lê Thánh Tông", "Chu Văn An", "Bà Triệu", "Nguyễn Chí Thanh",
           "Kim Đồng", "Tô Hiến Thành", "Nguyễn Công Trứ", "Yersin", "Đống Đa", "Lý Tự Trọng", "Xô Viết Nghệ Tĩnh"]
VILLAGE_WORDS = ["thôn", "xóm", "ấp", "bản", "tổ dân phố", "khu phố", "buôn", "làng"]
VILLAGE_NAMES = ["Đông", "Tây", "Trung", "Thượng", "Hạ", "Bắc Sơn", "Tân Lập", "Phú Lương", "An Hòa", "Thạnh Phú",
                 "Bến Đò", "Nà Cha", "Khuổi Vát", "Cầu Đình", "Hòa Bình", "Đồng Tâm", "Vĩnh An", "Tân Phú", "Phai Tre",
                 "Mỹ Lợi", "Đồng Xuân", "Bình Minh", "Quyết Tiến", "Thống Nhất", "Chiến Thắng", "Yên Bình", "Kim Thành"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Đình", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hòa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Sơn", "Tâm",
         "Thành", "Thảo", "Tuấn", "Vinh", "Yến", "Chiến", "Hường", "Lợi", "Tư"]

TEENCODE = [("không", ["ko", "k", "hông", "khong"]), ("được", ["dc", "đc", "đươc"]), ("người", ["ng"]),
            ("với", ["vs"]), ("gì", ["j"]), ("rồi", ["r"]), ("quá", ["wa"]), ("thì", ["thi"]), ("biết", ["bít"]),
            ("anh chị", ["a/c"]), ("trước", ["trc"]), ("đường", ["đg"])]


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if unicodedata.category(c) != "Mn"))


def load_places():
    provinces = {}
    with open(os.path.join(SEED_DIR, "provinces.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name_vi"].replace("Thành phố ", "").replace("Tỉnh ", "")
            provinces[row["code"]] = (name, row["type"])
    communes = []
    with open(os.path.join(SEED_DIR, "communes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            communes.append((row["name_vi"], row["type"], row["province_code"]))
    return provinces, communes


def parse_bank():
    situations = []
    topic = None
    for line in (BANK.strip() + "\n" + BANK_MORE.strip()).splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            topic = line[3:].strip()
            continue
        level, agency, problems, asks = line.split("|")
        situations.append({
            "topic": topic,
            "level": {"TU": "trung-uong", "T": "tinh", "X": "xa"}[level],
            "agency": agency,
            "problems": [p.strip() for p in problems.split("~")],
            "asks": [a.strip() for a in asks.split("~")],
        })
    return situations


class Maker:
    def __init__(self, rng, provinces, communes):
        self.rng = rng
        self.provinces = provinces
        self.communes = communes

    def pick(self, items):
        return self.rng.choice(items)

    def person(self):
        return f"{self.pick(['Ông', 'Bà', 'Anh', 'Chị'])} {self.pick(SURNAMES)} {self.pick(MIDDLE)} {self.pick(GIVEN)}"

    def village(self):
        word = self.pick(VILLAGE_WORDS)
        name = str(self.rng.randint(1, 15)) if self.rng.random() < 0.3 else self.pick(VILLAGE_NAMES)
        return f"{word} {name}"

    def alley(self):
        kind = self.pick(["hẻm", "kiệt", "ngõ", "ngách", "hẻm"])
        num = self.rng.randint(2, 480)
        if self.rng.random() < 0.3:
            num = f"{num}/{self.rng.randint(1, 60)}"
        return f"{kind} {num} {self.pick(STREETS)}"

    def commune(self, province_code=None):
        while True:
            name, ctype, pcode = self.pick(self.communes)
            if province_code is None or pcode == province_code:
                word = {"xa": "xã", "phuong": "phường", "dac-khu": "đặc khu"}[ctype]
                return f"{word} {name}", pcode

    def province_phrase(self, code):
        name, ptype = self.provinces[code]
        if ptype == "thanh-pho":
            return self.pick([f"thành phố {name}", f"TP. {name}", f"TP {name}"])
        return self.pick([f"tỉnh {name}", f"tỉnh {name}", name])

    def fill(self, text):
        while "{" in text:
            text = (text.replace("{street}", self.pick(STREETS), 1)
                    .replace("{alley}", self.alley(), 1)
                    .replace("{village}", self.village(), 1)
                    .replace("{num}", str(self.rng.randint(2, 99)), 1))
        return text

    def addressee(self, sit):
        level, agency = sit["level"], sit["agency"]
        r = self.rng.random()
        if level == "trung-uong":
            if r < 0.55 and agency in CENTRAL_ADDRESSEES:
                return self.pick(CENTRAL_ADDRESSEES[agency])
            return self.pick(GENERIC_CENTRAL)
        if level == "tinh":
            if r < 0.4 and agency in PROVINCIAL_ADDRESSEES:
                return self.pick(PROVINCIAL_ADDRESSEES[agency])
            return self.pick(GENERIC_PROVINCIAL)
        return self.pick(GENERIC_COMMUNE)

    def central(self, sit, problem, ask):
        pcode = self.pick(list(self.provinces))
        prov = self.province_phrase(pcode)
        who = self.pick([f"Cử tri {prov}", f"Cử tri {prov}", f"Cử tri và Nhân dân {prov}",
                         f"Cử tri {self.commune(pcode)[0]}, {prov}", "Cử tri nhiều địa phương", "Cử tri",
                         f"Đoàn ĐBQH {prov} chuyển kiến nghị của cử tri"])
        addr = self.addressee(sit)
        form = self.rng.randint(0, 6)
        if form == 6:
            return self.summary(sit, who, addr, central=True)
        if form == 0:
            return f"{who} kiến nghị {addr} {ask}."
        if form == 1:
            return f"{who} phản ánh {problem}; đề nghị {addr} {ask}."
        if form == 2:
            return f"{who} cho rằng {problem}, đề nghị {addr} xem xét {ask}."
        if form == 3:
            return f"{who} đề nghị {addr} {ask} vì {problem}."
        if form == 4:
            return f"{self.person()} ({self.commune(pcode)[0]}, {prov}) kiến nghị {addr} {ask}; {problem}."
        return f"{who} đề nghị {ask}."

    def local(self, sit, problem, ask):
        pcode = self.pick(list(self.provinces))
        comm, _ = self.commune(pcode)
        prov = self.province_phrase(pcode)
        addr = self.addressee(sit)
        form = self.rng.randint(0, 11)
        if form >= 10:
            return self.summary(sit, f"Cử tri {self.pick([comm, self.village() + ', ' + comm])}, {prov}", addr, central=False)
        if form == 0:
            return f"Cử tri {comm} phản ánh {problem}; đề nghị {addr} {ask}."
        if form == 1:
            return f"Cử tri {self.village()}, {comm} ({prov}) kiến nghị {ask} vì {problem}."
        if form == 2:
            return f"Cử tri {comm}, huyện {self.commune(pcode)[0].split(' ', 1)[1]} cũ đề nghị {addr} {ask}; hiện nay {problem}."
        if form == 3:
            return f"{self.person()} ({self.village()}, {comm}) kiến nghị {addr} {ask} do {problem}."
        if form == 4:
            return f"Nhiều hộ dân {comm} phản ánh {problem}, đề nghị {addr} {ask}."
        if form == 5:
            return self.informal(sit, problem, ask, comm, addr)
        if form == 6:
            return f"{problem[0].upper()}{problem[1:]}, đề nghị {ask}."
        if form == 7:
            return f"Kiến nghị {ask} tại {self.village()}, {comm}; {problem}."
        if form == 8:
            return self.informal(sit, problem, ask, comm, addr)
        return f"Người dân {comm} bức xúc vì {problem}; đã báo nhiều lần nhưng chưa được xử lý, đề nghị {addr} kiểm tra."

    def summary(self, sit, who, addr, central):
        """A long voter-meeting summary: two problems of the same situation, consequences, the request, follow-up."""
        problems = self.rng.sample(sit["problems"], min(2, len(sit["problems"])))
        first = self.fill(problems[0])
        more = f" Ngoài ra, {self.fill(problems[-1])}." if len(problems) > 1 else ""
        ask = self.fill(self.pick(sit["asks"]))
        opening = self.pick([f"Qua tiếp xúc cử tri trước kỳ họp {self.pick(SESSIONS)}, ", "Tại buổi tiếp xúc cử tri, ", "Theo phản ánh của cử tri, ", ""])
        effect = self.pick(["Việc này kéo dài nhiều năm, ảnh hưởng đến đời sống và sản xuất của người dân.",
                            "Tình trạng này gây bức xúc trong nhân dân.", "Người dân đã kiến nghị nhiều lần nhưng chưa được giải quyết dứt điểm.",
                            "Nội dung này cử tri đã phản ánh tại kỳ tiếp xúc trước.", ""])
        follow = self.pick(["đồng thời thông tin kết quả giải quyết để cử tri được biết", "sớm trả lời cử tri", "có văn bản trả lời cụ thể", ""])
        tail = f", {follow}" if follow else ""
        verb = self.pick(["kiến nghị", "đề nghị"])
        if opening and who.startswith(("Cử tri", "Đoàn")):
            who = who[0].lower() + who[1:]
        return f"{opening}{who} phản ánh: {first}.{more} {effect} Cử tri {verb} {addr} {ask}{tail}."

    def informal(self, sit, problem, ask, comm, addr):
        form = self.rng.randint(0, 9)
        if form == 8:
            return f"{self.pick(['ad oi', 'cho e hoi', 'xin hoi', 'bức xúc quá'])} {problem} {self.pick(['mấy tháng nay', 'lâu lắm rồi', 'từ tết tới giờ', ''])} ai xử lý giùm với"
        if form == 9:
            return f"Tôi ở {comm}. {problem[0].upper()}{problem[1:]}. Báo {addr} rồi mà {self.pick(['chưa thấy ai xuống', 'không thấy trả lời', 'hẹn mãi'])}. Mong {ask}."
        if form == 0:
            return f"Nhà tôi ở {self.village()}, {comm}. {problem[0].upper()}{problem[1:]}. Mong {addr} xử lý sớm."
        if form == 1:
            return f"Cho tôi hỏi: {problem}, vậy ai chịu trách nhiệm? Đề nghị {ask}."
        if form == 2:
            return f"{problem[0].upper()}{problem[1:]}, đã báo mấy lần rồi mà không ai giải quyết."
        if form == 3:
            return f"Xin phản ánh: {problem}. Đề nghị {addr} {ask} giúp bà con."
        if form == 4:
            return f"{problem[0].upper()}{problem[1:]}!!! {addr[0].upper()}{addr[1:]} ở đâu?"
        if form == 5:
            return f"Gia đình tôi ({comm}) {problem}, kính mong được {ask}. Xin cảm ơn."
        if form == 6:
            return f"Alo, {problem} ạ, nhờ {addr} xuống xem giùm."
        return f"{problem[0].upper()}{problem[1:]}."

    def noise(self, text, informal):
        r = self.rng.random()
        if informal and r < 0.35:
            for word, subs in TEENCODE:
                if word in text and self.rng.random() < 0.5:
                    text = text.replace(word, self.pick(subs))
        if self.rng.random() < 0.12:
            words = text.split(" ")
            for _ in range(self.rng.randint(1, 2)):
                i = self.rng.randrange(len(words))
                w = words[i]
                if len(w) > 3:
                    j = self.rng.randrange(1, len(w) - 1)
                    op = self.rng.randint(0, 2)
                    w = w[:j] + w[j + 1:] if op == 0 else (w[:j] + w[j] + w[j:] if op == 1 else w[:j] + w[j + 1] + w[j] + w[j + 2:])
                    words[i] = w
            text = " ".join(words)
        if self.rng.random() < (0.4 if informal else 0.08):
            text = fold(text)
        if informal and self.rng.random() < 0.25:
            text = text.lower()
        return text

    def make(self, sit):
        problem = self.fill(self.pick(sit["problems"]))
        ask = self.fill(self.pick(sit["asks"]))
        if sit["level"] == "trung-uong":
            text = self.central(sit, problem, ask)
            informal = self.rng.random() < 0.1
        else:
            text = self.local(sit, problem, ask)
            informal = not text.startswith(("Cử tri", "Ông", "Bà", "Anh", "Chị", "Nhiều", "Kiến nghị", "Qua tiếp", "Tại buổi", "Theo phản"))
        return self.noise(text, informal), ("informal" if informal else "formal")


def main():
    rng = random.Random(SEED)
    provinces, communes = load_places()
    maker = Maker(rng, provinces, communes)
    situations = parse_bank()
    rows = []
    for idx, sit in enumerate(situations):
        n = PER_SITUATION + 2 * len(sit["problems"]) + (6 if sit["level"] == "xa" else 0)
        for _ in range(n):
            text, register = maker.make(sit)
            text = " ".join(text.replace("\t", " ").split())
            rows.append((f"s{idx:03d}", text, sit["topic"], sit["level"], sit["agency"], register))
    rng.shuffle(rows)
    seen = set()
    out = os.path.join(HERE, "petitions.tsv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("id\tgroup\ttext\ttopic\tlevel\tagency\tregister\n")
        n = 0
        for group, text, topic, level, agency, register in rows:
            if text in seen:
                continue
            seen.add(text)
            n += 1
            f.write(f"p{n:05d}\t{group}\t{text}\t{topic}\t{level}\t{agency}\t{register}\n")
    print(f"wrote {n} rows from {len(situations)} situations to {out}")


if __name__ == "__main__":
    main()
