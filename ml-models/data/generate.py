#!/usr/bin/python3
"""Generates ml-models/data/petitions.tsv: a labelled, synthetic Vietnamese petition corpus.

Written for this project: phrase banks of situations per topic and competence level (what voters and citizens
really raise, and which body answers it after the 2025 restructuring, per shared/domain/NOTES.md section 10),
wrapped in the registers that arrive (formal voter-petition summaries, individual letters, short informal phone or
hotline messages), with real provinces and communes from the seed CSVs, then register transforms (no diacritics,
typos, "teencode", lower case). The first writer's banks are below; banks/*.txt hold later writers' banks in the same
format, read after them, so adding a file leaves the texts of the first writer's situations unchanged. Seeded, so the
output is reproducible:

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
## xay-dung-do-thi
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
## van-hoa-the-thao-du-lich
X|UBND-X|xã tổ chức họp dân nhưng không thông báo trước ~ thôn thu tiền để tổ chức lễ hội mà không bàn với dân ~ nhà văn hóa thôn bị sử dụng làm nơi kinh doanh|thông báo lịch họp dân ~ công khai việc thu chi tổ chức lễ hội ~ sử dụng nhà văn hóa đúng mục đích
"""

# Third bank (2026-12): written without looking at the evaluation set, to reach 25+ situations per topic (the held-out
# split measures generalisation to unseen situations, so variety of situations is the lever), with more commune and
# province situations whose scale cues (a village, an alley, a neighbour vs. a provincial hospital, road or department)
# tell the level apart, more of the residual "khac" class (addresses after the mergers, answers to voters, thanks,
# vague requests) and the bodies of NOTES section 10; same format.
BANK_WIDE = r"""
## dat-dai
TU|BNNMT|quy định về điều kiện cấp giấy chứng nhận cho đất lấn chiếm, đất không có giấy tờ còn chưa rõ, mỗi nơi vận dụng một kiểu ~ người dân mua bán đất bằng giấy viết tay từ lâu nay không làm được sổ đỏ ~ Luật Đất đai mới có hiệu lực nhưng nghị định, thông tư hướng dẫn chưa đầy đủ, cán bộ địa phương lúng túng|hướng dẫn cụ thể việc cấp giấy chứng nhận cho đất mua bán bằng giấy tay ~ sớm ban hành đầy đủ văn bản hướng dẫn Luật Đất đai ~ có cơ chế xử lý dứt điểm đất lấn chiếm đã sử dụng ổn định
TU|BNNMT|giá đất theo bảng giá mới áp dụng từ năm nay làm tiền sử dụng đất khi chuyển mục đích tăng gấp nhiều lần ~ quy định tính tiền sử dụng đất theo bảng giá mới khiến người dân không đủ tiền làm thủ tục ~ nhiều hộ phải hoãn việc hợp thức hóa đất ở vì nghĩa vụ tài chính quá cao|xem xét điều chỉnh quy định tính tiền sử dụng đất cho phù hợp thu nhập người dân ~ cho phép ghi nợ tiền sử dụng đất với hộ khó khăn ~ có lộ trình áp dụng bảng giá đất mới
TU|BNNMT|quy định thu hồi đất để thực hiện dự án khu đô thị, thương mại theo thỏa thuận còn vướng, dự án kéo dài ~ người dân không đồng thuận vì giá thỏa thuận chênh lệch giữa các hộ ~ chính sách hỗ trợ chuyển đổi nghề, tìm việc làm cho người bị thu hồi đất nông nghiệp chưa hiệu quả|sửa đổi quy định về thỏa thuận nhận chuyển nhượng đất làm dự án ~ nâng mức hỗ trợ chuyển đổi nghề cho người bị thu hồi đất ~ có cơ chế bảo đảm sinh kế lâu dài cho người mất đất sản xuất
TU|BNNMT|đất có nguồn gốc do hợp tác xã giao từ những năm tám mươi chưa được công nhận ~ đất xen kẹt trong khu dân cư không đủ diện tích tách thửa, không giao được cho ai ~ đất giãn dân cấp từ lâu nhưng hồ sơ gốc bị thất lạc|hướng dẫn xử lý đất do hợp tác xã giao trước đây ~ có quy định riêng cho đất xen kẹt ~ công nhận quyền sử dụng đất giãn dân khi mất hồ sơ gốc
T|SNNMT|văn phòng đăng ký đất đai của tỉnh giải quyết hồ sơ đăng ký biến động, sang tên chậm hàng tháng ~ hồ sơ cấp đổi sổ đỏ nộp qua bộ phận một cửa bị trả lại nhiều lần vì lý do khác nhau ~ dữ liệu đất đai của tỉnh chưa số hóa, phải trích lục bản giấy mất nhiều ngày|chỉ đạo văn phòng đăng ký đất đai rút ngắn thời gian giải quyết hồ sơ ~ công khai lý do trả hồ sơ và hướng dẫn một lần ~ đẩy nhanh số hóa cơ sở dữ liệu đất đai
T|SNNMT|dự án đường cao tốc qua địa bàn đã kiểm đếm nhưng nhiều tháng chưa phê duyệt phương án bồi thường ~ hộ dân bị thu hồi một phần thửa đất, phần còn lại quá nhỏ không sử dụng được nhưng không được thu hồi hết ~ đất nông nghiệp bị thu hồi làm khu công nghiệp nhưng chưa được giao đất dịch vụ theo cam kết|phê duyệt sớm phương án bồi thường, hỗ trợ ~ thu hồi luôn phần diện tích còn lại không đủ điều kiện sử dụng ~ giao đất dịch vụ cho các hộ bị thu hồi đất như đã cam kết
T|UBND-T|tỉnh giao đất cho doanh nghiệp làm dự án nông nghiệp công nghệ cao nhưng bỏ hoang nhiều năm ~ dự án sân golf, khu nghỉ dưỡng được giao đất rừng nhưng không triển khai ~ khu đất vàng ở trung tâm tỉnh cho thuê giá thấp, gây thất thoát|thu hồi đất của các dự án chậm triển khai ~ thanh tra việc giao đất, cho thuê đất của tỉnh ~ công khai danh sách dự án vi phạm tiến độ sử dụng đất
T|SNNMT|gia đình đã nộp hồ sơ xin chuyển mục đích đất vườn sang đất ở hơn một năm chưa có kết quả ~ hồ sơ tách thửa cho con cái bị từ chối vì quy định diện tích tối thiểu của tỉnh quá lớn ~ quy định của tỉnh về tách thửa đất nông nghiệp thay đổi liên tục|giải quyết hồ sơ chuyển mục đích sử dụng đất đúng hạn ~ xem xét điều chỉnh diện tích tối thiểu được tách thửa ~ ổn định quy định tách thửa của tỉnh
X|UBND-X|hộ bên cạnh trồng cây lấn sang đất nhà tôi, rễ cây làm nứt móng nhà ~ hàng xóm xây bờ rào sai vị trí, chiếm mất gần một mét đất của gia đình ~ con cháu trong họ tranh chấp mảnh đất hương hỏa, đã lên xã mấy lần chưa xong|cử cán bộ địa chính xuống đo đạc lại ranh giới ~ tổ chức hòa giải giữa hai gia đình ~ giải quyết dứt điểm tranh chấp đất trong dòng họ
X|UBND-X|lối đi chung vào {village} bị một hộ dân rào lại trồng rau ~ khu đất trống của thôn bị người ngoài đến dựng nhà tạm ở ~ đường đi ra cánh đồng bị hộ dân lấn dần mỗi năm một ít, nay xe không đi được|buộc hộ dân trả lại lối đi chung ~ kiểm tra, xử lý việc lấn chiếm đất công ~ cắm mốc giới đất công của thôn
X|UBND-X|xã chậm xác nhận đơn đăng ký cấp sổ đỏ lần đầu, đi lại nhiều lần vẫn bảo chờ ~ cán bộ địa chính phường đòi thêm giấy tờ không có trong quy định ~ gia đình xin xác nhận đất không tranh chấp nhưng phường hẹn mãi không ký|chỉ đạo cán bộ xác nhận hồ sơ đúng thời hạn ~ hướng dẫn rõ thành phần hồ sơ một lần ~ ký xác nhận đất không tranh chấp cho gia đình

## moi-truong
TU|BNNMT|quy định thu phí rác theo khối lượng, phân loại rác tại nguồn khó thực hiện ở nông thôn ~ chế tài xử phạt hành vi xả rác, đổ thải trái phép chưa đủ răn đe ~ chưa có cơ chế khuyến khích tái chế, thu gom phế liệu|hướng dẫn lộ trình phân loại rác và thu phí phù hợp với nông thôn ~ tăng mức xử phạt hành vi đổ thải trái phép ~ có chính sách khuyến khích tái chế chất thải
TU|BNNMT|ô nhiễm bụi mịn ở các thành phố lớn vượt ngưỡng nhiều ngày ~ khí thải từ xe cũ, nhà máy nhiệt điện gây ô nhiễm không khí ~ chưa có hệ thống quan trắc, cảnh báo chất lượng không khí cho người dân|ban hành quy chuẩn khí thải chặt chẽ hơn ~ đầu tư hệ thống quan trắc, cảnh báo chất lượng không khí ~ có lộ trình kiểm soát khí thải xe máy
TU|BNNMT|quy định đánh giá tác động môi trường cho dự án nhỏ còn rườm rà, tốn kém ~ thủ tục cấp giấy phép môi trường cho cơ sở sản xuất nhỏ phức tạp ~ quy định về quan trắc môi trường định kỳ chồng chéo|đơn giản hóa thủ tục giấy phép môi trường cho cơ sở nhỏ ~ rà soát quy định về đánh giá tác động môi trường
T|SNNMT|khu xử lý rác tập trung của tỉnh quá tải, nước rỉ rác chảy ra ruộng lúa ~ nhà máy đốt rác xả khói đen, người dân quanh khu vực bị khó thở ~ bãi chôn lấp rác đã đóng cửa nhưng chưa được xử lý, vẫn bốc mùi|kiểm tra, xử lý nước rỉ rác ra môi trường ~ quan trắc khí thải nhà máy đốt rác ~ cải tạo, phục hồi môi trường bãi rác cũ
T|SNNMT|khu công nghiệp xả khí thải có mùi khét vào ban đêm, người dân các xã lân cận bị ảnh hưởng ~ doanh nghiệp sản xuất thép, xi măng gây bụi phủ kín mái nhà dân ~ nhà máy chế biến mủ cao su, tinh bột sắn xả nước thải hôi thối ra suối|thanh tra đột xuất các doanh nghiệp gây ô nhiễm ~ buộc doanh nghiệp lắp đặt hệ thống xử lý khí thải ~ công khai kết quả quan trắc môi trường
T|SNNMT|khai thác đất, đá trái phép trên đồi làm sạt lở, bùn đất tràn xuống nhà dân ~ mỏ đất san lấp hết hạn giấy phép nhưng vẫn khai thác ~ xe chở đất từ mỏ làm rơi vãi, bụi mù trên tỉnh lộ|kiểm tra, thu hồi giấy phép mỏ vi phạm ~ xử lý khai thác khoáng sản trái phép ~ buộc doanh nghiệp hoàn nguyên môi trường sau khai thác
T|SNNMT|sạt lở bờ biển làm mất nhiều nhà dân ven biển ~ triều cường, xâm nhập mặn làm giếng nước của dân bị nhiễm mặn ~ dự án kè chống sạt lở bờ biển chưa được triển khai dù đã khảo sát|bố trí kinh phí xây dựng kè chống sạt lở ~ hỗ trợ người dân di dời khỏi vùng sạt lở ~ có giải pháp cấp nước ngọt cho vùng nhiễm mặn
X|UBND-X|các hộ gần chợ vứt rác, xác động vật xuống mương gây hôi thối ~ rác sinh hoạt đổ tràn ra đầu {village}, chó mèo bới tung ~ điểm tập kết rác đặt ngay trước cổng nhà dân, mùi hôi không chịu nổi|bố trí điểm tập kết rác hợp lý ~ nhắc nhở, xử phạt người vứt rác xuống mương ~ thu gom rác hằng ngày
X|UBND-X|nhà bên cạnh nuôi chim yến, tiếng loa dẫn dụ phát suốt ngày đêm ~ hộ kinh doanh phế liệu tập kết hàng trong {alley}, bốc mùi và có nguy cơ cháy ~ cơ sở giặt là xả nước thải nóng, có hóa chất ra cống chung|kiểm tra, yêu cầu tắt loa dẫn dụ chim yến ~ di dời bãi phế liệu ra khỏi khu dân cư ~ xử lý cơ sở xả nước thải
X|UBND-X|người dân đốt rác, đốt lá cây ngay đầu {alley} khói bay vào nhà ~ hộ làm bún, làm đậu xả nước thải chua ra rãnh, bốc mùi cả xóm ~ xác gia súc chết bị vứt ra bờ sông trong thôn|tuyên truyền, xử lý hành vi đốt rác ~ buộc cơ sở có bể xử lý nước thải ~ vớt, tiêu hủy xác gia súc và xử lý người vứt

## giao-thong
TU|BXD|dự án đường sắt tốc độ cao đi qua địa bàn, người dân chưa biết phạm vi giải phóng mặt bằng ~ tuyến đường sắt Bắc Nam cũ xuống cấp, tàu chạy chậm ~ các ga đường sắt nhỏ bị đóng cửa, người dân đi lại khó|công bố hướng tuyến và phạm vi giải phóng mặt bằng đường sắt tốc độ cao ~ đầu tư nâng cấp đường sắt hiện hữu ~ xem xét mở lại các ga nhỏ
TU|BXD|quy định về phù hiệu, thiết bị giám sát hành trình xe kinh doanh vận tải gây tốn kém ~ quy định xe tải nhỏ không được vào nội đô giờ cao điểm ảnh hưởng kinh doanh ~ thủ tục cấp đổi giấy phép lái xe sang mẫu mới rườm rà|đơn giản hóa quy định về kinh doanh vận tải ~ hướng dẫn cấp đổi giấy phép lái xe trực tuyến ~ xem xét lại quy định hạn chế xe tải nhỏ
TU|BXD|quốc lộ đi qua trung tâm xã không có đường tránh, xe container chạy suốt ngày đêm ~ dự án đường tránh quốc lộ đã có chủ trương nhiều năm chưa có vốn ~ hầm chui, cầu vượt trên quốc lộ bị ngập khi mưa lớn|bố trí vốn xây dựng đường tránh quốc lộ ~ sớm khởi công dự án đường tránh ~ khắc phục ngập úng tại hầm chui quốc lộ
TU|BXD|giao thông đường thủy nội địa thiếu đầu tư, luồng lạch bị bồi lắng ~ cảng biển quá tải, phí cảng biển cao ~ tàu thuyền chở khách ra đảo không bảo đảm an toàn|đầu tư nạo vét luồng đường thủy ~ xem xét giảm phí cảng biển ~ tăng cường kiểm tra an toàn tàu chở khách
T|SXD|đường tỉnh mới làm xong vài tháng đã lún, nứt, nghi chất lượng kém ~ nhà thầu thi công đường tỉnh bỏ dở, đất đá ngổn ngang nhiều tháng ~ tuyến đường tỉnh nâng cấp không làm rãnh thoát nước, nước tràn vào nhà dân|kiểm tra chất lượng công trình đường tỉnh ~ yêu cầu nhà thầu thi công đúng tiến độ ~ bổ sung rãnh thoát nước dọc tuyến
T|SXD|xe quá tải chở đá, chở mía cày nát đường tỉnh ~ không có trạm cân, xe quá khổ quá tải chạy tự do ~ đường tỉnh hẹp, xe tải và xe khách tranh nhau, nhiều vụ tai nạn|kiểm soát tải trọng xe trên đường tỉnh ~ lắp đặt trạm cân tải trọng ~ mở rộng đoạn đường nguy hiểm
T|SXD|đèn tín hiệu giao thông tại nút giao trên đường tỉnh bị hỏng nhiều ngày ~ vạch kẻ đường mờ, không có gờ giảm tốc trước cổng trường học ~ biển báo giao thông bị che khuất, đặt sai vị trí tại ngã ba|sửa chữa đèn tín hiệu giao thông ~ sơn lại vạch kẻ đường, làm gờ giảm tốc ~ điều chỉnh vị trí biển báo
T|SXD|cầu dân sinh nối hai xã bị sập sau lũ, chưa có kế hoạch xây lại ~ cầu sắt cũ bắc qua sông đã mục, chỉ cho xe máy qua ~ bến phà thiếu phương tiện, người dân chờ hàng giờ|bố trí vốn xây lại cầu ~ kiểm định, sửa chữa cầu sắt cũ ~ bổ sung phương tiện tại bến phà
X|UBND-X|đường bê tông trong {village} bị vỡ nhiều đoạn, trời mưa đọng nước ~ con đường đất ra khu nghĩa trang lầy lội, đám tang đi rất khó ~ ngõ vào nhà tôi bị xe tải của công trình cày nát|sửa chữa đường bê tông trong thôn ~ đổ đá, làm đường ra nghĩa trang ~ yêu cầu chủ công trình sửa lại ngõ
X|UBND-X|cây xanh đổ chắn ngang đường liên xã sau bão chưa được dọn ~ đất đá sạt từ taluy xuống lấp một nửa đường vào {village} ~ ống cống qua đường bị vỡ tạo hố sâu|dọn cây đổ, thông đường ~ khắc phục điểm sạt lở trên đường ~ thay ống cống qua đường

## y-te
TU|BYT|thuốc điều trị ung thư, bệnh hiếm đắt, nhiều loại không có trong danh mục ~ tình trạng thiếu vắc xin trong chương trình tiêm chủng mở rộng kéo dài ~ người dân vùng sâu phải đi rất xa mới được khám chuyên khoa|bổ sung thuốc điều trị bệnh hiểm nghèo vào danh mục ~ bảo đảm đủ vắc xin tiêm chủng mở rộng ~ có chính sách đưa bác sĩ chuyên khoa về tuyến dưới
TU|BYT|bác sĩ trẻ không muốn về làm việc ở trạm y tế xã vì thu nhập thấp ~ nhân viên y tế bỏ việc công lập chuyển sang tư nhân ngày càng nhiều ~ chế độ trực đêm của nhân viên y tế quá thấp|có chính sách thu hút bác sĩ về y tế cơ sở ~ nâng chế độ phụ cấp trực cho nhân viên y tế ~ sửa đổi chế độ đãi ngộ ngành y
TU|BYT|quy định về chuyển tuyến khám chữa bệnh còn phiền hà cho người bệnh ~ thủ tục cấp giấy chuyển viện cho người bệnh mãn tính phải làm lại hằng năm ~ người bệnh tâm thần, người nghiện chưa có nơi điều trị phù hợp|đơn giản hóa thủ tục chuyển tuyến ~ cho giấy chuyển tuyến bệnh mãn tính có giá trị dài hạn ~ đầu tư cơ sở điều trị bệnh tâm thần
TU|BYT|quản lý hoạt động khám chữa bệnh từ xa, bán thuốc trên mạng còn lỏng lẻo ~ thuốc giả, thuốc không rõ nguồn gốc bán qua mạng xã hội ~ quy định về quảng cáo dịch vụ y tế, thẩm mỹ chưa chặt|tăng cường quản lý bán thuốc trực tuyến ~ xử lý nghiêm thuốc giả ~ siết chặt quảng cáo dịch vụ thẩm mỹ
T|SYT|bệnh viện đa khoa tỉnh để người bệnh chờ khám từ sáng đến chiều ~ khu khám bệnh của bệnh viện tỉnh chật chội, không đủ ghế ngồi ~ hệ thống lấy số khám bệnh tự động của bệnh viện hay hỏng|cải tiến quy trình khám bệnh, giảm thời gian chờ ~ mở rộng khu khám bệnh ~ khắc phục hệ thống lấy số tự động
T|SYT|bệnh viện sản nhi của tỉnh quá tải, sản phụ nằm ghép ~ khoa nhi bệnh viện tỉnh thiếu bác sĩ, trẻ em chờ khám lâu ~ bệnh viện tỉnh chưa có đơn nguyên sơ sinh đặc biệt|đầu tư mở rộng bệnh viện sản nhi ~ bổ sung bác sĩ nhi ~ trang bị đơn nguyên chăm sóc sơ sinh
T|SYT|gia đình tôi phản ánh bác sĩ phẫu thuật sai sót, người bệnh bị biến chứng ~ người nhà bệnh nhân bị bảo vệ bệnh viện tỉnh hành hung ~ bệnh viện tỉnh chậm trả kết quả giám định, xét nghiệm|làm rõ trách nhiệm của bác sĩ ~ xử lý nhân viên bảo vệ bệnh viện ~ trả kết quả giám định đúng hạn
T|SYT|trung tâm kiểm soát bệnh tật của tỉnh chậm phun thuốc dập dịch sốt xuất huyết ~ dịch tay chân miệng lan rộng trong các trường mầm non trên địa bàn tỉnh ~ ngộ độc thực phẩm tập thể ở bếp ăn công ty chưa được điều tra|chỉ đạo phun thuốc phòng dịch kịp thời ~ có biện pháp khống chế dịch tay chân miệng ~ điều tra nguyên nhân ngộ độc thực phẩm
T|SYT|cơ sở cai nghiện, trung tâm điều trị methadone của tỉnh thiếu thuốc ~ bệnh viện tâm thần tỉnh xuống cấp, thiếu giường ~ chưa có xe cấp cứu 115 cho các xã vùng xa|bảo đảm thuốc điều trị methadone ~ đầu tư sửa chữa bệnh viện tâm thần ~ bố trí xe cấp cứu cho vùng xa
X|UBND-X|trạm y tế xã không có bác sĩ, chỉ có y sĩ trực, người dân ốm phải đi xa ~ trạm y tế phường đóng cửa ngày thứ bảy, chủ nhật ~ trạm y tế không có máy đo đường huyết, máy xét nghiệm đơn giản|bố trí bác sĩ về trạm y tế xã ~ bố trí trực trạm y tế ngày nghỉ ~ trang bị thiết bị khám chữa bệnh cơ bản
X|UBND-X|hàng quán ăn uống vỉa hè trong phường không bảo đảm vệ sinh thực phẩm ~ bếp ăn trường mầm non tư thục trong {village} mất vệ sinh ~ lò mổ gia cầm trong chợ không được kiểm dịch|kiểm tra an toàn vệ sinh thực phẩm ~ xử lý bếp ăn không bảo đảm vệ sinh ~ kiểm dịch gia cầm tại chợ
X|UBND-X|muỗi nhiều, trong {village} đã có người mắc sốt xuất huyết nhưng chưa phun thuốc ~ ao tù nước đọng trong khu dân cư là nơi muỗi sinh sản ~ có trường hợp nghi mắc sởi ở {village} nhưng chưa được khoanh vùng|phun thuốc diệt muỗi ~ tổ chức vệ sinh môi trường, phát quang bụi rậm ~ khoanh vùng, tiêm phòng sởi
X|UBND-X|trạm y tế xã tổ chức khám sức khỏe người cao tuổi nhưng không thông báo đến thôn ~ việc tiêm vắc xin cho trẻ ở trạm y tế phải chờ rất lâu, bố trí lộn xộn ~ cộng tác viên dân số ở thôn chưa được trả thù lao|thông báo rộng rãi lịch khám sức khỏe ~ sắp xếp lại việc tiêm chủng ~ chi trả thù lao cho cộng tác viên dân số

## bao-hiem
TU|BNV|điều kiện hưởng lương hưu phải đủ hai mươi năm đóng bảo hiểm xã hội quá dài với lao động tự do ~ mức đóng bảo hiểm xã hội tự nguyện cao, nhà nước hỗ trợ ít ~ người lao động nữ nghỉ hưu có lương hưu thấp hơn nam cùng mức đóng|giảm số năm đóng tối thiểu để hưởng lương hưu ~ tăng mức hỗ trợ đóng bảo hiểm xã hội tự nguyện ~ xem xét lại cách tính lương hưu cho lao động nữ
TU|BNV|lương hưu của người nghỉ hưu trước năm 2000 thấp, không đủ sống ~ điều chỉnh lương hưu chưa theo kịp mức tăng giá cả ~ người hưởng trợ cấp mất sức lao động chưa được điều chỉnh kịp thời|điều chỉnh tăng lương hưu cho người nghỉ hưu sớm ~ có lộ trình điều chỉnh lương hưu theo giá cả ~ tăng trợ cấp mất sức lao động
TU|BHXHVN|nhiều doanh nghiệp trốn đóng, nợ đóng bảo hiểm xã hội nhưng chưa bị xử lý hình sự ~ người lao động bị doanh nghiệp nợ bảo hiểm không chốt được sổ ~ quy định truy thu bảo hiểm xã hội với doanh nghiệp đã phá sản chưa rõ|xử lý nghiêm doanh nghiệp trốn đóng bảo hiểm xã hội ~ có cơ chế bảo vệ quyền lợi người lao động khi doanh nghiệp nợ bảo hiểm ~ hướng dẫn giải quyết sổ bảo hiểm khi doanh nghiệp phá sản
TU|BYT|người bệnh có thẻ bảo hiểm y tế đi khám trái tuyến chỉ được thanh toán một phần ~ quy định thanh toán bảo hiểm y tế cho vật tư y tế thay thế còn thấp ~ nhiều thuốc mới chưa được bảo hiểm y tế chi trả|mở rộng thông tuyến khám chữa bệnh bảo hiểm y tế ~ nâng mức thanh toán vật tư y tế ~ cập nhật danh mục thuốc bảo hiểm y tế
TU|BNV|chế độ thai sản cho lao động nam khi vợ sinh con còn ít ngày ~ chưa có chế độ thai sản cho người tham gia bảo hiểm xã hội tự nguyện ~ trợ cấp ốm đau khi con ốm chưa hợp lý|tăng số ngày nghỉ thai sản cho lao động nam ~ bổ sung chế độ thai sản cho bảo hiểm tự nguyện ~ sửa đổi chế độ ốm đau
T|BHXH-T|cơ quan BHXH chậm giải quyết hồ sơ hưởng lương hưu, người lao động phải chờ nhiều tháng ~ lương hưu bị tính sai mức bình quân tiền lương ~ hồ sơ điều chỉnh lương hưu nộp lên BHXH tỉnh không được trả lời|giải quyết hồ sơ lương hưu đúng hạn ~ kiểm tra, tính lại mức lương hưu ~ trả lời bằng văn bản cho người lao động
T|BHXH-T|trợ cấp thất nghiệp chi trả chậm, người lao động phải đi lại nhiều lần ~ trung tâm dịch vụ việc làm từ chối hồ sơ hưởng trợ cấp thất nghiệp vì thiếu giấy tờ ~ người lao động mất việc không biết thủ tục hưởng trợ cấp thất nghiệp|chi trả trợ cấp thất nghiệp đúng hạn ~ hướng dẫn thủ tục hưởng trợ cấp thất nghiệp ~ xem xét lại hồ sơ bị từ chối
T|BHXH-T|thẻ BHYT của trẻ dưới sáu tuổi chưa được cấp, đi khám phải trả tiền ~ thẻ bảo hiểm y tế học sinh bị trùng, không sử dụng được ~ ứng dụng VssID không hiển thị thẻ BHYT mới gia hạn|cấp thẻ BHYT cho trẻ em kịp thời ~ xử lý thẻ BHYT bị trùng ~ đồng bộ dữ liệu thẻ BHYT trên ứng dụng
T|BHXH-T|bệnh viện từ chối thanh toán BHYT vì thẻ hết hạn dù đã đóng tiền ~ giám định viên BHYT xuất toán chi phí khiến bệnh viện bắt người bệnh trả thêm ~ người bệnh phải tự trả tiền xét nghiệm dù có thẻ BHYT|kiểm tra việc thanh toán chi phí khám chữa bệnh BHYT ~ hoàn trả chi phí cho người bệnh ~ phối hợp với bệnh viện bảo đảm quyền lợi người có thẻ
T|SNV|doanh nghiệp thu tiền bảo hiểm của công nhân nhưng không nộp cho cơ quan bảo hiểm ~ công nhân nghỉ việc không lấy được sổ bảo hiểm vì công ty còn nợ ~ công ty đóng bảo hiểm thấp hơn lương thực tế|thanh tra doanh nghiệp thu mà không nộp bảo hiểm ~ buộc công ty trả sổ bảo hiểm cho công nhân ~ xử lý việc đóng bảo hiểm sai mức lương
X|UBND-X|người cao tuổi trên tám mươi tuổi ở {village} chưa được cấp thẻ bảo hiểm y tế miễn phí ~ xã lập danh sách cấp thẻ BHYT cho người dân tộc vùng khó khăn bị sót nhiều người ~ hộ mới thoát nghèo bị cắt thẻ BHYT đột ngột|rà soát, bổ sung danh sách cấp thẻ BHYT ~ cấp thẻ BHYT cho người cao tuổi ~ thông báo trước khi cắt thẻ BHYT
X|UBND-X|cán bộ văn hóa xã hội của xã không hướng dẫn người dân tham gia bảo hiểm xã hội tự nguyện ~ nhân viên thu bảo hiểm ở thôn thu tiền nhưng chậm nộp, thẻ BHYT hết hạn ~ người dân đóng tiền BHYT hộ gia đình không được cấp biên lai|hướng dẫn người dân tham gia bảo hiểm tự nguyện ~ kiểm tra việc thu tiền BHYT ở thôn ~ cấp biên lai thu tiền cho người dân

## giao-duc
TU|BGDDT|quy định dạy thêm, học thêm mới khiến phụ huynh và giáo viên lúng túng ~ học sinh phải học thêm quá nhiều để thi vào lớp 10 ~ tình trạng dạy thêm trá hình vẫn diễn ra|hướng dẫn cụ thể quy định dạy thêm, học thêm ~ đổi mới thi tuyển sinh lớp 10 giảm áp lực ~ có chế tài xử lý dạy thêm trái quy định
TU|BGDDT|chế độ phụ cấp cho giáo viên vùng đặc biệt khó khăn bị cắt khi xã ra khỏi danh sách ~ giáo viên dạy liên cấp, dạy ghép lớp chưa có phụ cấp ~ chế độ cho nhân viên trường học như kế toán, y tế học đường còn thấp|duy trì phụ cấp cho giáo viên vùng khó khăn ~ bổ sung chế độ cho giáo viên dạy ghép ~ có chính sách cho nhân viên trường học
TU|BGDDT|bạo lực học đường, học sinh đánh nhau quay clip đăng mạng diễn biến phức tạp ~ áp lực học tập khiến nhiều học sinh bị trầm cảm ~ chưa có đội ngũ tư vấn tâm lý trong trường học|có giải pháp phòng chống bạo lực học đường ~ bố trí nhân viên tư vấn tâm lý học đường ~ giảm áp lực thi cử
TU|BGDDT|quy định về thi đánh giá năng lực của các trường đại học chồng chéo, tốn kém cho thí sinh ~ tình trạng đào tạo liên kết, văn bằng quốc tế kém chất lượng ~ sinh viên tốt nghiệp sư phạm không tìm được việc|thống nhất các kỳ thi đánh giá năng lực ~ siết chặt quản lý đào tạo liên kết ~ có kế hoạch đào tạo sư phạm sát nhu cầu
T|SGDDT|học sinh thi vào lớp 10 trường công lập của tỉnh có tỷ lệ chọi quá cao ~ tỉnh thay đổi phương án tuyển sinh lớp 10 sát ngày thi ~ điểm chuẩn vào lớp 10 các trường ở thành phố quá cao|tăng chỉ tiêu tuyển sinh lớp 10 công lập ~ công bố phương án tuyển sinh sớm ~ mở thêm trường THPT công lập
T|SGDDT|trường THPT ở xã miền núi thiếu phòng ở nội trú cho học sinh ở xa ~ học sinh THPT vùng sâu phải đi hơn hai mươi cây số đến trường ~ trường phổ thông dân tộc nội trú của tỉnh thiếu giáo viên|xây thêm khu nội trú cho học sinh ~ hỗ trợ tiền đi lại cho học sinh vùng xa ~ bổ sung giáo viên cho trường nội trú
T|SGDDT|giáo viên hợp đồng lâu năm ở các trường của tỉnh không được xét tuyển đặc cách ~ kỳ xét tuyển viên chức giáo viên của tỉnh chậm tổ chức ~ giáo viên bị điều động đi dạy xa nhà sau sáp nhập trường|xem xét tuyển dụng giáo viên hợp đồng lâu năm ~ sớm tổ chức xét tuyển viên chức giáo dục ~ bố trí giáo viên phù hợp nơi cư trú
T|SGDDT|trung tâm ngoại ngữ, tin học hoạt động không phép, cấp chứng chỉ giả ~ cơ sở giáo dục mầm non tư thục không phép nhận trông trẻ quá đông ~ trung tâm giáo dục thường xuyên của tỉnh xuống cấp|kiểm tra, xử lý trung tâm ngoại ngữ không phép ~ quản lý chặt nhóm trẻ tư thục ~ đầu tư trung tâm giáo dục thường xuyên
X|UBND-X|trường tiểu học ở {village} không có nhà vệ sinh đạt chuẩn, học sinh phải nhịn ~ sân trường mầm non bị ngập nước mỗi khi mưa ~ trường THCS của xã không có nước sạch cho học sinh uống|xây nhà vệ sinh cho trường tiểu học ~ nâng nền sân trường mầm non ~ lắp hệ thống nước sạch cho trường
X|UBND-X|ban đại diện cha mẹ học sinh thu quỹ lớp quá nhiều khoản, không công khai ~ trường tiểu học vận động phụ huynh đóng tiền mua máy chiếu, máy lạnh ~ cô giáo chủ nhiệm yêu cầu học sinh học thêm tại nhà cô|kiểm tra các khoản thu của ban đại diện cha mẹ học sinh ~ công khai các khoản vận động tài trợ ~ xử lý giáo viên ép học thêm
X|UBND-X|trẻ em trong {village} không có chỗ học mẫu giáo, phải gửi sang xã bên ~ điểm trường ở thôn bị sáp nhập về trường chính, các cháu phải đi xa ~ xe đưa đón học sinh của trường không bảo đảm an toàn|bố trí lớp mẫu giáo cho trẻ trong thôn ~ giữ lại điểm trường lẻ cho học sinh nhỏ ~ kiểm tra xe đưa đón học sinh
X|UBND-X|học sinh tụ tập chơi game, hút thuốc lá điện tử gần cổng trường ~ hàng quán bán đồ ăn vặt không rõ nguồn gốc trước cổng trường tiểu học ~ nhiều em bỏ học giữa chừng theo bố mẹ đi làm ăn xa|kiểm tra hàng quán quanh trường ~ phối hợp nhà trường quản lý học sinh ~ vận động học sinh bỏ học trở lại lớp

## lao-dong-xa-hoi
TU|BNV|nhiều lao động làm việc ở khu công nghiệp bị sa thải khi đơn hàng giảm ~ người lao động trên bốn mươi tuổi khó tìm việc ~ chính sách hỗ trợ đào tạo nghề cho lao động mất việc chưa hiệu quả|có chính sách hỗ trợ người lao động mất việc ~ hỗ trợ đào tạo lại cho lao động lớn tuổi ~ sửa đổi chính sách đào tạo nghề
TU|BNV|chế độ cho thân nhân liệt sĩ, người có công với cách mạng còn thấp ~ nhiều liệt sĩ chưa xác định được danh tính, hài cốt chưa được quy tập ~ thủ tục xác nhận người có công còn phức tạp với hồ sơ thất lạc|tăng mức trợ cấp cho thân nhân liệt sĩ ~ đẩy mạnh giám định ADN xác định danh tính liệt sĩ ~ đơn giản hóa thủ tục xác nhận người có công
TU|BYT|chính sách chăm sóc người cao tuổi cô đơn không nơi nương tựa chưa đầy đủ ~ thiếu cơ sở chăm sóc người già, nhà dưỡng lão công lập ~ người khuyết tật khó tiếp cận việc làm, công trình công cộng|có chính sách phát triển nhà dưỡng lão ~ hỗ trợ người cao tuổi cô đơn ~ bảo đảm tiếp cận cho người khuyết tật
TU|BYT|tình trạng xâm hại tình dục trẻ em diễn biến phức tạp ~ trẻ em bị bạo hành trong gia đình chưa được phát hiện, can thiệp kịp thời ~ trẻ em nghiện mạng xã hội, game online|có biện pháp mạnh phòng chống xâm hại trẻ em ~ tăng cường hệ thống bảo vệ trẻ em ~ có giải pháp quản lý trẻ em dùng mạng
T|SNV|công nhân khu công nghiệp bị ép làm thêm giờ quá quy định ~ doanh nghiệp trả lương thấp hơn mức lương tối thiểu vùng ~ công ty không ký hợp đồng lao động với người làm lâu năm|thanh tra việc chấp hành pháp luật lao động ~ buộc doanh nghiệp trả lương đúng quy định ~ xử lý công ty không ký hợp đồng lao động
T|SNV|gia đình liệt sĩ chưa được hỗ trợ đi thăm viếng mộ liệt sĩ ở tỉnh xa ~ nghĩa trang liệt sĩ của tỉnh xuống cấp ~ hồ sơ đề nghị công nhận liệt sĩ của gia đình đã gửi lên tỉnh hai năm chưa có kết quả|hỗ trợ thân nhân đi thăm mộ liệt sĩ ~ tu sửa nghĩa trang liệt sĩ ~ giải quyết hồ sơ công nhận liệt sĩ
T|SNV|công ty môi giới đưa người đi lao động nước ngoài thu phí cao, không đưa đi ~ lao động về nước trước hạn không được trả lại tiền đặt cọc ~ người lao động bị lừa sang nước ngoài làm việc trái phép|kiểm tra công ty môi giới xuất khẩu lao động ~ buộc công ty trả lại tiền cho người lao động ~ cảnh báo thủ đoạn lừa đảo xuất khẩu lao động
T|SYT|trung tâm bảo trợ xã hội của tỉnh không tiếp nhận người lang thang cơ nhỡ ~ người tâm thần lang thang trên đường gây mất an toàn ~ trẻ em lang thang bán hàng rong, đánh giày ở thành phố|tiếp nhận người lang thang vào trung tâm bảo trợ ~ đưa người tâm thần lang thang đi điều trị ~ có biện pháp hỗ trợ trẻ em lang thang
X|UBND-X|hộ nghèo trong {village} chưa được hỗ trợ tiền điện, tiền Tết theo chính sách ~ quà Tết cho hộ nghèo, gia đình chính sách bị chia không đúng người ~ danh sách nhận gạo cứu đói có cả hộ khá giả|chi trả đầy đủ tiền hỗ trợ cho hộ nghèo ~ công khai danh sách nhận quà ~ rà soát lại đối tượng nhận hỗ trợ
X|UBND-X|người khuyết tật nặng trong xã chưa được xác định mức độ khuyết tật ~ mẹ tôi đã tám mươi tuổi nhưng xã chưa làm hồ sơ trợ cấp người cao tuổi ~ trẻ em mồ côi trong thôn chưa được lập hồ sơ trợ cấp|tổ chức xác định mức độ khuyết tật ~ làm hồ sơ trợ cấp cho người cao tuổi ~ lập hồ sơ trợ cấp cho trẻ mồ côi
X|UBND-X|gia đình người có công ở {village} có nhà dột nát chưa được hỗ trợ sửa nhà ~ việc xét hỗ trợ xóa nhà tạm ở xã không công khai ~ hộ nghèo xây nhà theo chương trình xóa nhà tạm chưa nhận đủ tiền|hỗ trợ sửa nhà cho gia đình người có công ~ công khai danh sách được hỗ trợ nhà ở ~ chi trả đủ tiền hỗ trợ xóa nhà tạm

## nong-nghiep
TU|BNNMT|chính sách hỗ trợ chuyển đổi đất lúa kém hiệu quả sang cây trồng khác còn vướng ~ quy định quản lý đất trồng lúa quá chặt, nông dân không được đào ao nuôi cá ~ chính sách tích tụ ruộng đất, liên kết sản xuất chưa hiệu quả|có hướng dẫn chuyển đổi cơ cấu cây trồng trên đất lúa ~ nới quy định sử dụng đất trồng lúa ~ có chính sách khuyến khích liên kết sản xuất
TU|BNNMT|nhiều hợp tác xã nông nghiệp hoạt động hình thức, khó tiếp cận vốn ~ chính sách hỗ trợ hợp tác xã còn dàn trải ~ nông sản thiếu mã số vùng trồng nên khó xuất khẩu|có chính sách hỗ trợ thiết thực cho hợp tác xã ~ đẩy nhanh cấp mã số vùng trồng ~ hỗ trợ xây dựng thương hiệu nông sản
TU|BNNMT|người chăn nuôi nhỏ lẻ phải di dời khỏi khu dân cư theo Luật Chăn nuôi nhưng chưa có đất ~ dịch bệnh trên gia súc, gia cầm tái phát, vắc xin giá cao ~ giá thuốc thú y, thức ăn chăn nuôi tăng|hướng dẫn lộ trình di dời chăn nuôi phù hợp ~ hỗ trợ vắc xin phòng dịch cho người chăn nuôi nhỏ ~ bình ổn giá thức ăn chăn nuôi
TU|BNNMT|ngư dân đánh bắt xa bờ gặp khó khăn do giá nhiên liệu, thiếu lao động ~ tàu cá vi phạm vùng biển nước ngoài bị bắt giữ ~ quy định lắp thiết bị giám sát hành trình tàu cá gây tốn kém|có chính sách hỗ trợ nhiên liệu cho ngư dân ~ tuyên truyền, ngăn chặn tàu cá vi phạm vùng biển ~ hỗ trợ chi phí thiết bị giám sát tàu cá
T|SNNMT|hồ chứa nước thủy lợi của tỉnh xuống cấp, thấm qua thân đập ~ kênh chính của hệ thống thủy lợi bị sạt, nước không về tới cuối kênh ~ công ty thủy lợi điều tiết nước không hợp lý, đầu kênh thừa cuối kênh thiếu|sửa chữa, gia cố đập hồ chứa ~ nạo vét, gia cố kênh chính ~ điều tiết nước tưới công bằng
T|SNNMT|giống cây ăn quả được hỗ trợ chết nhiều sau khi trồng ~ dự án hỗ trợ sinh kế nuôi bò cho hộ nghèo phát bò giống gầy yếu ~ mô hình trồng cây dược liệu thất bại, nông dân thua lỗ|kiểm tra chất lượng giống được hỗ trợ ~ làm rõ trách nhiệm đơn vị cung ứng bò giống ~ hỗ trợ nông dân khắc phục thiệt hại
T|SNNMT|người dân nhận khoán bảo vệ rừng nhưng tiền khoán chậm chi trả ~ ranh giới rừng phòng hộ chồng lấn đất sản xuất của dân ~ hộ trồng rừng sản xuất không được cấp phép khai thác|chi trả tiền khoán bảo vệ rừng ~ rà soát, điều chỉnh ranh giới rừng phòng hộ ~ hướng dẫn thủ tục khai thác rừng trồng
T|SNNMT|thiên tai, lũ quét gây thiệt hại nặng cho hoa màu nhưng tỉnh chậm hỗ trợ ~ mưa đá làm hỏng nhà kính trồng rau ~ nắng hạn kéo dài, cây cà phê, hồ tiêu chết khô|hỗ trợ kịp thời cho nông dân bị thiên tai ~ có chính sách hỗ trợ khôi phục sản xuất ~ đầu tư công trình tưới cho vùng hạn
X|UBND-X|cống tưới tiêu đầu {village} bị hỏng, nước không vào được ruộng ~ mương dẫn nước bị hộ dân lấp để làm lối đi ~ hợp tác xã thu phí dịch vụ thủy lợi nội đồng nhưng không nạo vét mương|sửa chữa cống tưới tiêu ~ khôi phục mương dẫn nước ~ yêu cầu hợp tác xã nạo vét mương nội đồng
X|UBND-X|ruộng lúa của gia đình bị chuột phá nhưng thôn không tổ chức diệt chuột ~ sâu cuốn lá, rầy nâu phát sinh nhiều nhưng không có cán bộ khuyến nông xuống hướng dẫn ~ hộ bên cạnh phun thuốc trừ sâu bay sang vườn rau nhà tôi|tổ chức diệt chuột tập trung ~ cử cán bộ khuyến nông hướng dẫn phòng trừ sâu bệnh ~ nhắc nhở hộ phun thuốc đúng cách
X|UBND-X|gà vịt, trâu bò của các hộ thả rông đi vào ruộng mạ ~ dê thả rông phá hoại cây trồng, người dân bức xúc ~ chó dữ của trang trại bên cạnh cắn chết gà nhà tôi|nhắc nhở, xử lý hộ thả rông gia súc ~ yêu cầu chủ trang trại bồi thường ~ quy định khu vực chăn thả
X|UBND-X|xã chưa hỗ trợ giống lúa, phân bón cho bà con bị thiệt hại do ngập lụt ~ việc thống kê thiệt hại sau bão ở thôn làm qua loa, bỏ sót nhiều hộ ~ tiền hỗ trợ lúa bị lũ chi cho hộ không trồng lúa|hỗ trợ giống, phân bón sau ngập lụt ~ thống kê lại thiệt hại ~ thu hồi tiền hỗ trợ chi sai đối tượng

## tai-chinh-thue
TU|BTC|ngưỡng doanh thu chịu thuế của hộ kinh doanh quá thấp, người bán hàng nhỏ cũng phải nộp thuế ~ bỏ thuế khoán chuyển sang tự khai khiến tiểu thương lúng túng ~ quy định xuất hóa đơn điện tử từng lần bán hàng không phù hợp với chợ truyền thống|nâng ngưỡng doanh thu không chịu thuế của hộ kinh doanh ~ có lộ trình chuyển đổi từ thuế khoán ~ hướng dẫn hóa đơn điện tử phù hợp tiểu thương
TU|BTC|thuế thu nhập cá nhân với tiền lương tính theo biểu lũy tiến chưa hợp lý ~ mức giảm trừ người phụ thuộc thấp so với chi phí nuôi con ~ thuế thu nhập cá nhân từ chuyển nhượng bất động sản còn thất thu|sửa đổi biểu thuế lũy tiến thuế thu nhập cá nhân ~ nâng mức giảm trừ người phụ thuộc ~ có giải pháp chống thất thu thuế chuyển nhượng bất động sản
TU|BTC|giá các mặt hàng thiết yếu như gạo, thịt, gas tăng liên tục ~ giá sữa, giá thuốc chữa bệnh cho trẻ em tăng cao ~ giá dịch vụ trông giữ xe, phí đỗ xe tăng|tăng cường kiểm soát giá mặt hàng thiết yếu ~ có biện pháp bình ổn giá sữa, thuốc ~ rà soát phí trông giữ xe
TU|BTC|cơ chế phân bổ ngân sách cho các tỉnh nghèo chưa hợp lý ~ vốn đầu tư công giải ngân chậm, nhiều công trình dở dang ~ quy định quyết toán vốn đầu tư công còn phức tạp|điều chỉnh tiêu chí phân bổ ngân sách ~ đẩy nhanh giải ngân vốn đầu tư công ~ đơn giản hóa thủ tục quyết toán
TU|BTC|quy định về quản lý, sử dụng tài sản công dôi dư sau sắp xếp bộ máy chưa rõ ~ nhiều trụ sở cơ quan bỏ trống gây lãng phí ~ xe công dôi dư sau sáp nhập chưa được xử lý|ban hành hướng dẫn xử lý tài sản công dôi dư ~ chuyển trụ sở bỏ trống cho trường học, trạm y tế sử dụng ~ thanh lý xe công dôi dư
T|THUE-T|hộ kinh doanh bị cơ quan thuế ấn định doanh thu cao hơn thực tế ~ thuế môn bài, lệ phí của hộ kinh doanh nhỏ thu không thống nhất ~ cửa hàng tạp hóa nhỏ bị yêu cầu lắp máy tính tiền kết nối cơ quan thuế|xem xét lại mức doanh thu ấn định ~ thống nhất mức thu lệ phí với hộ kinh doanh ~ hỗ trợ hộ kinh doanh nhỏ chuyển đổi số
T|THUE-T|thủ tục quyết toán thuế thu nhập cá nhân trực tuyến hay lỗi ~ cơ quan thuế chậm hoàn tiền thuế nộp thừa ~ người dân bị tạm hoãn xuất cảnh vì nợ thuế của doanh nghiệp đã giải thể|khắc phục lỗi ứng dụng quyết toán thuế ~ hoàn thuế nộp thừa cho người dân ~ xem xét gỡ tạm hoãn xuất cảnh
T|THUE-T|thông báo nộp tiền sử dụng đất khi cấp sổ đỏ lần đầu quá cao ~ tiền chậm nộp tiền sử dụng đất tính cả thời gian hồ sơ bị tồn đọng ở cơ quan nhà nước ~ lệ phí trước bạ khi sang tên nhà đất tính theo giá cao hơn giá mua bán|xem xét lại thông báo tiền sử dụng đất ~ miễn tiền chậm nộp do lỗi cơ quan nhà nước ~ kiểm tra việc tính lệ phí trước bạ
T|STC|tỉnh chưa cấp kinh phí hỗ trợ cho cán bộ thôn, tổ dân phố theo nghị quyết ~ kinh phí hoạt động của các hội đoàn thể ở xã bị cắt giảm ~ tiền hỗ trợ cho đội dân phòng, bảo vệ dân phố chậm chi|bố trí kinh phí hỗ trợ cán bộ thôn ~ bảo đảm kinh phí hoạt động cho đoàn thể ~ chi trả kịp thời tiền hỗ trợ lực lượng cơ sở
T|STC|công trình đường, trường học của xã đã hoàn thành nhưng tỉnh chưa cấp vốn thanh toán ~ nhà thầu bị nợ tiền công trình nông thôn mới nhiều năm ~ vốn đối ứng của tỉnh cho chương trình mục tiêu quốc gia chưa bố trí|thanh toán vốn cho công trình đã hoàn thành ~ trả nợ cho nhà thầu ~ bố trí vốn đối ứng
T|STC|giá dịch vụ thu gom rác, giá nước do tỉnh ban hành tăng cao ~ giá vé xe buýt, giá dịch vụ trông giữ xe của tỉnh điều chỉnh không lấy ý kiến người dân ~ giá dịch vụ khám chữa bệnh ở cơ sở y tế tỉnh thay đổi liên tục|xem xét lại giá dịch vụ do tỉnh ban hành ~ lấy ý kiến người dân trước khi điều chỉnh giá ~ công khai căn cứ định giá
X|UBND-X|phường thu tiền vệ sinh môi trường cao hơn mức quy định ~ tổ dân phố thu tiền bảo vệ, tiền an ninh không có biên lai ~ xã thu phí đỗ xe ở chợ không có vé|kiểm tra các khoản thu của tổ dân phố ~ cấp biên lai, vé thu tiền đúng quy định ~ công khai mức thu phí
X|UBND-X|thôn vận động đóng góp xây cổng làng theo định suất, hộ nghèo cũng phải đóng ~ quỹ khuyến học của thôn thu mà không công khai chi ~ xã huy động mỗi hộ góp tiền làm đường điện chiếu sáng nhưng công trình chưa làm|chỉ vận động đóng góp tự nguyện ~ công khai thu chi quỹ của thôn ~ sớm thực hiện công trình hoặc trả lại tiền
X|UBND-X|kinh phí hoạt động của chi hội ở thôn quá ít ~ xã chưa chi trả tiền bồi dưỡng cho tổ an ninh trật tự cơ sở ~ tiền hỗ trợ trưởng thôn chi chậm ba tháng|bố trí kinh phí cho chi hội ~ chi trả bồi dưỡng lực lượng an ninh cơ sở ~ chi đúng hạn phụ cấp trưởng thôn

## an-ninh-trat-tu
TU|BCA|quy định cấp đổi giấy phép lái xe, đăng ký xe chuyển về công an làm người dân lúng túng ~ quy định trừ điểm giấy phép lái xe chưa rõ cách khôi phục điểm ~ mức phạt vi phạm giao thông mới quá cao so với thu nhập nông thôn|hướng dẫn thủ tục giấy phép lái xe tại công an ~ quy định rõ cách phục hồi điểm giấy phép lái xe ~ xem xét mức phạt phù hợp vùng nông thôn
TU|BCA|lực lượng công an xã chính quy thiếu nhà ở, trụ sở làm việc ~ chế độ cho lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở còn thấp ~ quy định về lực lượng bảo vệ an ninh trật tự ở cơ sở chưa rõ nhiệm vụ|bố trí kinh phí xây trụ sở công an xã ~ nâng mức hỗ trợ lực lượng an ninh cơ sở ~ hướng dẫn rõ nhiệm vụ lực lượng cơ sở
TU|BCA|cháy chung cư mini, nhà trọ gây thiệt hại lớn về người ~ quy định phòng cháy chữa cháy với nhà ở kết hợp kinh doanh quá khó thực hiện ~ thiếu trụ nước, phương tiện chữa cháy ở khu dân cư đông|sửa đổi quy định phòng cháy chữa cháy phù hợp thực tế ~ tăng cường kiểm tra phòng cháy nhà trọ ~ đầu tư trụ nước chữa cháy
TU|BQP|chế độ cho cựu chiến binh, thanh niên xung phong chưa được hưởng chế độ còn nhiều vướng ~ quân nhân tham gia chiến đấu bảo vệ biên giới chưa được giải quyết chế độ ~ hồ sơ hưởng chế độ theo quyết định cho người tham gia kháng chiến bị thất lạc|rà soát giải quyết chế độ cho cựu chiến binh ~ giải quyết chế độ cho quân nhân bảo vệ biên giới ~ hướng dẫn thủ tục khi hồ sơ bị thất lạc
T|CA-T|cơ sở kinh doanh karaoke, vũ trường trên địa bàn tỉnh có dấu hiệu sử dụng ma túy ~ vụ cướp giật tài sản liên tiếp trên các tuyến đường ở thành phố ~ nhiều vụ trộm cắp tài sản giá trị lớn chưa được điều tra|kiểm tra, xử lý cơ sở kinh doanh có dấu hiệu ma túy ~ truy bắt đối tượng cướp giật ~ đẩy nhanh điều tra các vụ trộm
T|CA-T|tôi bị lừa mất tiền khi mua hàng trên mạng, đã trình báo nhưng chưa có kết quả ~ gia đình bị lừa chuyển tiền đầu tư tiền ảo, đã gửi đơn tố giác đến công an tỉnh ~ đơn tố giác tội phạm của tôi gửi đã lâu chưa được trả lời kết quả xác minh|xác minh, giải quyết đơn tố giác của gia đình ~ thông báo kết quả giải quyết tố giác ~ truy thu lại tiền bị lừa đảo
T|CA-T|cơ sở sản xuất, nhà trọ trên địa bàn không bảo đảm phòng cháy chữa cháy ~ xe chữa cháy đến chậm khi xảy ra cháy ở chợ ~ kho chứa hàng dễ cháy nằm giữa khu dân cư|kiểm tra phòng cháy chữa cháy cơ sở sản xuất ~ bố trí điểm chữa cháy gần khu dân cư ~ di dời kho hàng dễ cháy
X|CA-X|nhà bên cạnh nuôi chó to không xích, thường xuyên lao ra cắn người đi đường ~ thanh niên trong xóm đốt pháo nổ dịp lễ tết ~ nhóm người say rượu gây gổ, đập phá tài sản ở quán trong {village}|xử lý chủ nuôi chó không bảo đảm an toàn ~ ngăn chặn đốt pháo nổ ~ xử lý nhóm gây rối
X|CA-X|xe máy của gia đình bị trộm ngay trước cửa nhà ~ kẻ gian cạy cửa vào nhà trộm tài sản khi cả nhà vắng ~ trộm cắp dây điện, đồng hồ nước trong {alley} xảy ra liên tục|điều tra vụ trộm xe máy ~ tăng cường tuần tra ban đêm ~ lắp camera an ninh trong ngõ
X|CA-X|quán bi-a, tiệm game mở cửa thâu đêm, thanh niên tụ tập gây ồn ~ quán nhậu trong {alley} mở nhạc ầm ĩ tới một hai giờ sáng ~ hộ kinh doanh dịch vụ cầm đồ trong khu phố có dấu hiệu cho vay nặng lãi|kiểm tra giờ hoạt động của quán ~ xử lý gây ồn ban đêm ~ kiểm tra hoạt động cầm đồ
X|CA-X|gia đình làm thủ tục đăng ký thường trú cho con ở phường bị trả hồ sơ nhiều lần ~ công an phường chậm xác nhận thông tin cư trú ~ tài khoản định danh điện tử mức hai của tôi chưa được kích hoạt|giải quyết hồ sơ đăng ký thường trú ~ xác nhận thông tin cư trú đúng hạn ~ hỗ trợ kích hoạt tài khoản định danh điện tử

## xay-dung-do-thi
TU|BXD|quy định về cấp phép xây dựng nhà ở riêng lẻ ở đô thị còn thủ tục rườm rà ~ nhiều công trình không phép tồn tại lâu năm chưa có cơ chế xử lý ~ quy định về xử phạt vi phạm trật tự xây dựng chưa đủ răn đe|đơn giản hóa thủ tục cấp phép xây dựng nhà ở ~ có cơ chế xử lý công trình vi phạm tồn tại lâu năm ~ tăng chế tài xử phạt vi phạm xây dựng
TU|BXD|công nhân khu công nghiệp thiếu nhà ở, phải thuê trọ tạm bợ ~ dự án nhà ở cho công nhân chậm triển khai ~ thủ tục vay mua nhà ở xã hội khó khăn với người thu nhập thấp|có chính sách phát triển nhà ở cho công nhân ~ đẩy nhanh dự án nhà ở xã hội ~ nới điều kiện mua nhà ở xã hội
TU|BXD|quy hoạch đô thị thiếu không gian xanh, công viên, bãi đỗ xe ~ ngập úng đô thị ngày càng nghiêm trọng do quy hoạch thoát nước chưa theo kịp ~ sụt lún nền đất ở các đô thị lớn do khai thác nước ngầm|rà soát quy hoạch bảo đảm không gian xanh ~ có chương trình tổng thể chống ngập đô thị ~ hạn chế khai thác nước ngầm ở đô thị
T|SXD|dự án nhà ở xã hội của tỉnh xét duyệt hồ sơ mua nhà không công khai ~ chủ đầu tư nhà ở xã hội thu tiền chênh lệch ngoài hợp đồng ~ người mua nhà ở xã hội chờ nhiều năm chưa được bàn giao|công khai danh sách xét duyệt mua nhà ở xã hội ~ xử lý chủ đầu tư thu tiền sai quy định ~ đôn đốc bàn giao nhà
T|SXD|chung cư thang máy thường xuyên hỏng, cư dân bị kẹt ~ phí quản lý chung cư tăng mà chất lượng dịch vụ kém ~ chủ đầu tư chưa tổ chức hội nghị nhà chung cư để bầu ban quản trị|kiểm tra an toàn thang máy chung cư ~ xem xét lại phí quản lý chung cư ~ tổ chức hội nghị nhà chung cư
T|UBND-T|quy hoạch chi tiết khu dân cư được điều chỉnh nhiều lần, người dân không được lấy ý kiến ~ khu đất công viên trong quy hoạch bị chuyển thành đất ở thương mại ~ quy hoạch đường giao thông đi qua nhà dân nhưng không có kế hoạch thực hiện|công khai, lấy ý kiến người dân khi điều chỉnh quy hoạch ~ giữ lại quỹ đất công viên theo quy hoạch ~ công bố kế hoạch thực hiện quy hoạch
T|CNN-T|nước máy ở khu đô thị có cặn, đóng cặn vàng trong bồn ~ đồng hồ nước của gia đình bị thay mà không thông báo, tiền nước tăng ~ khu dân cư mới xây chưa có đường ống cấp nước, phải dùng giếng khoan|kiểm tra chất lượng nước máy ~ kiểm định lại đồng hồ nước ~ lắp đặt đường ống cấp nước cho khu dân cư
X|UBND-X|hộ dân đổ đất lấn chiếm hành lang kênh để xây nhà ~ người dân xây nhà vượt số tầng được cấp phép trong {alley} ~ công trình xây dựng trái phép trên đất nông nghiệp ở {village} không bị xử lý|kiểm tra, xử lý công trình lấn chiếm hành lang kênh ~ xử lý công trình xây vượt phép ~ cưỡng chế công trình trái phép
X|UBND-X|công trình xây nhà bên cạnh đổ bê tông ban đêm gây ồn, bụi ~ xe chở vật liệu xây dựng đổ cát, gạch chắn hết {alley} ~ giàn giáo công trình trên {street} không có lưới che, vật liệu rơi xuống đường|yêu cầu chủ công trình không thi công ban đêm ~ xử lý việc tập kết vật liệu chắn đường ~ buộc công trình che chắn an toàn
X|UBND-X|cống thoát nước khu phố bị nhà hàng đổ dầu mỡ gây tắc nghẽn ~ mương thoát nước chung bị hộ dân xây đè lên ~ nước mưa tràn vào nhà dân vì đường {street} được nâng cao hơn nền nhà|nạo vét cống thoát nước ~ buộc hộ dân trả lại mương thoát nước ~ làm rãnh thoát nước cho các hộ thấp

## cong-thuong-dien
TU|BCT|giá điện tăng nhiều lần trong năm ảnh hưởng sản xuất kinh doanh ~ biểu giá điện bậc thang nhiều bậc làm hộ đông người chịu thiệt ~ cơ chế điều chỉnh giá điện thiếu minh bạch|xem xét giảm số bậc của biểu giá điện sinh hoạt ~ công khai minh bạch cơ chế điều chỉnh giá điện ~ có lộ trình điều chỉnh giá điện hợp lý
TU|BCT|hàng nhập lậu, hàng giả xuất xứ qua biên giới tràn vào thị trường ~ thực phẩm, mỹ phẩm giả bán qua livestream trên mạng xã hội ~ lực lượng quản lý thị trường còn mỏng|tăng cường chống buôn lậu, hàng giả ~ quản lý chặt bán hàng qua livestream ~ củng cố lực lượng quản lý thị trường
TU|BCT|dự án điện gió, điện mặt trời đã đầu tư nhưng chưa được mua điện ~ đường dây truyền tải điện chậm tiến độ, thiếu điện cho miền Bắc mùa nắng ~ quy hoạch điện chưa tính đến nhu cầu các khu công nghiệp mới|sớm có cơ chế giá cho dự án năng lượng tái tạo ~ đẩy nhanh tiến độ đường dây truyền tải ~ rà soát quy hoạch điện
T|DL-T|điện lực cắt điện theo lịch nhưng không thông báo trước cho người dân ~ mất điện kéo dài vào buổi tối mùa hè ~ sau mưa bão điện lực chậm khôi phục điện|thông báo lịch cắt điện trước cho người dân ~ bảo đảm cấp điện mùa nắng nóng ~ khôi phục điện nhanh sau bão
T|DL-T|điện lực thu tiền điện của hộ dùng chung công tơ với giá bậc cao ~ gia đình ở trọ bị chủ nhà thu tiền điện cao hơn giá quy định ~ công tơ điện đặt trên cột cao người dân không kiểm tra được chỉ số|tách công tơ cho các hộ dùng chung ~ kiểm tra việc thu tiền điện của chủ nhà trọ ~ công khai chỉ số công tơ cho người dân
T|DL-T|dây điện hạ thế võng thấp qua {village}, xe tải đi qua chạm dây ~ trạm biến áp của thôn quá tải, điện chập chờn ~ hành lang lưới điện cao thế đi qua đất nhà dân chưa được bồi thường|nâng độ cao dây điện ~ nâng công suất trạm biến áp ~ bồi thường hành lang lưới điện
T|SCT|cây xăng bán xăng kém chất lượng làm hỏng xe ~ cửa hàng xăng dầu treo biển hết hàng để chờ tăng giá ~ cơ sở kinh doanh khí gas không có giấy phép trong khu dân cư|kiểm tra chất lượng xăng dầu ~ xử lý cửa hàng găm hàng ~ xử lý cơ sở kinh doanh gas không phép
T|SCT|chợ đầu mối của tỉnh xuống cấp, ùn ứ rác ~ dự án trung tâm thương mại của tỉnh bỏ dở nhiều năm ~ tiểu thương bị di dời khi cải tạo chợ chưa được bố trí chỗ bán|đầu tư nâng cấp chợ đầu mối ~ thu hồi dự án trung tâm thương mại chậm ~ bố trí chỗ kinh doanh cho tiểu thương
X|UBND-X|chợ phường không có bãi giữ xe, xe máy dựng tràn ra đường ~ tiểu thương trong chợ xã bị thu nhiều loại phí ~ mái che chợ xã bị tốc sau bão chưa sửa|bố trí bãi giữ xe cho chợ ~ công khai các khoản phí chợ ~ sửa chữa mái che chợ
X|UBND-X|nhiều hộ bán hàng rong, xe đẩy bán hàng trước cổng chợ gây ùn tắc ~ cửa hàng tạp hóa trong thôn bán hàng hết hạn sử dụng ~ cơ sở bán rượu tự nấu không rõ nguồn gốc ở {village}|sắp xếp lại hàng rong quanh chợ ~ kiểm tra hàng hóa hết hạn ~ kiểm tra cơ sở bán rượu không rõ nguồn gốc

## ngan-hang-tin-dung
TU|NHNN|quy định về cho vay tiêu dùng, thẻ tín dụng có lãi suất, phí quá cao ~ ngân hàng tính phí phạt trả nợ trước hạn cao ~ khách hàng không được thông báo rõ các khoản phí khi vay|có quy định trần lãi suất cho vay tiêu dùng ~ giảm phí trả nợ trước hạn ~ buộc ngân hàng công khai các khoản phí
TU|NHNN|người dân bị lừa đảo chiếm đoạt tiền qua tài khoản ngân hàng, ngân hàng không chịu trách nhiệm ~ tội phạm mua bán tài khoản ngân hàng để lừa đảo ~ quy định xác thực sinh trắc học khi chuyển tiền gây khó cho người già|có cơ chế trách nhiệm của ngân hàng khi khách hàng bị lừa đảo ~ xử lý mua bán tài khoản ngân hàng ~ hỗ trợ người cao tuổi cập nhật sinh trắc học
TU|NHNN|gói tín dụng nhà ở xã hội lãi suất ưu đãi khó tiếp cận ~ gói cho vay người trẻ mua nhà ở xã hội điều kiện quá khắt khe ~ lãi suất cho vay mua nhà tăng sau thời gian ưu đãi|nới điều kiện vay gói tín dụng nhà ở xã hội ~ hướng dẫn rõ điều kiện vay cho người trẻ ~ kiểm soát lãi suất thả nổi cho vay mua nhà
TU|NHNN|doanh nghiệp nhỏ và vừa khó vay vốn vì thiếu tài sản bảo đảm ~ chính sách cho vay tín chấp với hộ kinh doanh chưa có ~ cơ chế khoanh nợ, giãn nợ cho doanh nghiệp bị ảnh hưởng thiên tai chưa kịp thời|có chính sách cho vay không cần tài sản bảo đảm ~ mở rộng cho vay tín chấp hộ kinh doanh ~ khoanh nợ, giãn nợ kịp thời
TU|NHNN|nhiều quỹ tín dụng nhân dân hoạt động yếu kém, người gửi tiền lo mất tiền ~ tình trạng huy động vốn trái phép với lãi suất cao qua hụi, họ ~ người dân mua trái phiếu doanh nghiệp qua ngân hàng bị mất tiền|tăng cường thanh tra quỹ tín dụng nhân dân ~ ngăn chặn huy động vốn trái phép ~ bảo vệ người mua trái phiếu qua ngân hàng
T|NHCSXH-T|sinh viên nghèo làm hồ sơ vay vốn học tập nhưng phòng giao dịch ngân hàng chính sách bảo hết nguồn ~ người lao động đi làm việc ở nước ngoài không được vay vốn chính sách ~ hộ mới thoát nghèo bị thu hồi vốn vay trước hạn|bố trí đủ nguồn vốn cho vay học sinh sinh viên ~ cho vay vốn xuất khẩu lao động ~ cho hộ mới thoát nghèo tiếp tục vay
T|NHCSXH-T|hộ vay vốn nước sạch, vệ sinh môi trường nông thôn chờ nhiều tháng ~ mức vay vốn tạo việc làm quá thấp so với nhu cầu sản xuất ~ người chấp hành xong án phạt tù không được vay vốn chính sách|giải ngân vốn vay nước sạch vệ sinh ~ nâng mức cho vay tạo việc làm ~ cho người chấp hành xong án phạt tù vay vốn
T|NHNN-KV|ngân hàng thương mại tự ý tăng lãi suất khoản vay mua nhà ~ ngân hàng yêu cầu mua bảo hiểm nhân thọ mới giải ngân ~ ngân hàng chậm trả sổ đỏ sau khi tất toán khoản vay|kiểm tra việc tăng lãi suất của ngân hàng ~ xử lý việc ép mua bảo hiểm ~ buộc ngân hàng trả giấy tờ tài sản thế chấp
T|NHNN-KV|tài khoản ngân hàng của tôi bị trừ tiền không rõ lý do, ngân hàng không giải quyết ~ thẻ ATM bị nuốt, ngân hàng hẹn nhiều ngày mới trả ~ phòng giao dịch ngân hàng ở xã đóng cửa, người già phải đi xa rút lương hưu|làm rõ việc tài khoản bị trừ tiền ~ yêu cầu ngân hàng giải quyết khiếu nại của khách hàng ~ duy trì điểm giao dịch ngân hàng tại xã
T|CA-T|đối tượng cho vay nặng lãi qua ứng dụng điện thoại gọi điện đe dọa, làm nhục người vay ~ nhóm người cho vay tín dụng đen dán tờ rơi khắp khu phố ~ cơ sở cầm đồ cho vay lãi cắt cổ, giữ giấy tờ xe|điều tra, xử lý đối tượng cho vay nặng lãi ~ bóc gỡ tờ rơi tín dụng đen ~ kiểm tra hoạt động cầm đồ
X|UBND-X|tổ trưởng tổ vay vốn ở {village} giữ lại một phần tiền vay của hộ nghèo ~ hộ dân đứng tên vay hộ cho người khác, nay bị đòi nợ ~ thôn không họp bình xét hộ được vay vốn chính sách|kiểm tra tổ trưởng tổ vay vốn ~ làm rõ khoản vay đứng tên hộ ~ họp dân bình xét công khai hộ vay vốn
X|UBND-X|nhiều người trong {village} vay tiền qua ứng dụng trên điện thoại bị đe dọa ~ người dân chơi hụi, hụi bị vỡ, chủ hụi bỏ trốn ~ tờ rơi cho vay tiền nhanh dán kín cột điện trong xóm|tuyên truyền cho người dân về tín dụng đen ~ phối hợp công an xử lý chủ hụi ~ bóc xóa tờ rơi cho vay
X|UBND-X|xã chậm xác nhận hồ sơ vay vốn cho hộ cận nghèo ~ hội phụ nữ xã ủy thác cho vay nhưng không thông báo thời hạn trả nợ ~ cán bộ thu lãi ở thôn thu lãi không có sổ ghi|xác nhận hồ sơ vay vốn kịp thời ~ thông báo rõ thời hạn trả nợ cho hộ vay ~ ghi chép thu lãi đầy đủ

## noi-vu-can-bo
TU|BNV|chế độ cho cán bộ, công chức nghỉ hưu trước tuổi do sắp xếp bộ máy chưa thống nhất giữa các địa phương ~ công chức cấp huyện cũ bị điều về xã chưa được bảo lưu phụ cấp chức vụ ~ chính sách cho người thôi việc sau sắp xếp chi trả chậm|hướng dẫn thống nhất chế độ nghỉ hưu trước tuổi ~ bảo lưu phụ cấp chức vụ cho công chức ~ đẩy nhanh chi trả chính sách thôi việc
TU|BNV|cải cách tiền lương theo vị trí việc làm chậm thực hiện ~ lương của viên chức mới tuyển dụng quá thấp, không đủ sống ~ phụ cấp công vụ, phụ cấp thâm niên có kế hoạch bãi bỏ gây lo lắng|sớm thực hiện cải cách tiền lương ~ nâng lương khởi điểm của viên chức ~ làm rõ lộ trình bỏ các khoản phụ cấp
TU|BNV|quy định về số lượng cán bộ không chuyên trách ở thôn, tổ dân phố sau sáp nhập chưa rõ ~ mức phụ cấp cho người hoạt động không chuyên trách ở thôn quá thấp ~ trưởng thôn kiêm nhiệm nhiều việc nhưng phụ cấp không tăng|hướng dẫn số lượng người hoạt động không chuyên trách ở thôn ~ nâng mức phụ cấp cho người hoạt động ở thôn ~ cho hưởng phụ cấp kiêm nhiệm
TU|BNV|quy định về thi đua, khen thưởng còn nặng thủ tục, khen thưởng chưa đến người lao động trực tiếp ~ hồ sơ đề nghị tặng danh hiệu nghệ nhân, nhà giáo ưu tú kéo dài nhiều năm ~ tiêu chí xét tặng huân chương còn bất cập|đơn giản hóa thủ tục thi đua khen thưởng ~ rút ngắn thời gian xét tặng danh hiệu ~ sửa đổi tiêu chí khen thưởng
TU|BNV|quy định về đánh giá, xếp loại cán bộ công chức còn hình thức ~ cơ chế loại bỏ người không hoàn thành nhiệm vụ ra khỏi bộ máy chưa rõ ~ tình trạng cán bộ sợ trách nhiệm, đùn đẩy công việc|đổi mới việc đánh giá cán bộ theo kết quả công việc ~ có cơ chế thay thế cán bộ yếu kém ~ có chính sách bảo vệ cán bộ dám nghĩ dám làm
T|SNV|cán bộ xã sau sáp nhập dôi dư chưa được bố trí công việc ~ công chức xã được điều động về phường mới nhưng chưa có quyết định chức danh ~ xã mới sau sáp nhập thiếu công chức chuyên môn về đất đai, xây dựng|sớm bố trí công việc cho cán bộ dôi dư ~ ban hành quyết định chức danh cho công chức ~ bổ sung công chức chuyên môn cho xã
T|SNV|kỳ thi tuyển công chức của tỉnh có dấu hiệu không minh bạch ~ việc tiếp nhận viên chức vào làm công chức không công khai ~ con em cán bộ được bổ nhiệm nhanh bất thường|thanh tra kỳ thi tuyển công chức ~ công khai quy trình tiếp nhận công chức ~ kiểm tra việc bổ nhiệm cán bộ
T|SNV|người hoạt động không chuyên trách ở xã nghỉ việc do sắp xếp chưa nhận được trợ cấp ~ chế độ cho phó công an xã bán chuyên trách nghỉ việc chưa được giải quyết ~ cán bộ thôn nghỉ do sáp nhập thôn không được hỗ trợ|chi trả trợ cấp cho người nghỉ việc do sắp xếp ~ giải quyết chế độ cho công an xã bán chuyên trách ~ có chính sách hỗ trợ cán bộ thôn nghỉ việc
T|SNV|công chức các sở của tỉnh cũ phải chuyển về trung tâm tỉnh mới ~ cán bộ phải đi làm xa hơn một trăm cây số sau sáp nhập tỉnh chưa có nhà công vụ ~ chế độ hỗ trợ đi lại cho công chức chuyển về trung tâm tỉnh mới chưa có|bố trí nhà công vụ cho cán bộ ~ có chính sách hỗ trợ đi lại, thuê nhà ~ bố trí công việc gần nơi ở cho công chức có hoàn cảnh khó khăn
X|UBND-X|cán bộ tiếp dân ở bộ phận một cửa phường nói chuyện điện thoại trong giờ làm việc ~ công chức phường hướng dẫn sai thủ tục khiến người dân phải đi lại nhiều lần ~ cán bộ xã hẹn người dân đến nhận kết quả nhưng không có mặt|chấn chỉnh thái độ phục vụ của cán bộ một cửa ~ hướng dẫn thủ tục đúng và đầy đủ một lần ~ trả kết quả đúng hẹn
X|UBND-X|việc bầu tổ trưởng tổ dân phố sau sáp nhập không lấy ý kiến người dân ~ trưởng thôn tự ý thu tiền của dân mà không họp thôn ~ trưởng thôn không thông báo các chủ trương, chính sách của xã cho dân|tổ chức bầu tổ trưởng dân phố dân chủ ~ kiểm tra việc trưởng thôn thu tiền ~ yêu cầu trưởng thôn phổ biến chính sách cho dân
X|UBND-X|lãnh đạo xã không tiếp công dân theo lịch đã niêm yết ~ đơn của gia đình gửi xã ba tháng chưa được trả lời ~ cán bộ xã uống rượu bia say xỉn trong giờ làm việc|tiếp công dân đúng lịch ~ trả lời đơn của người dân đúng thời hạn ~ xử lý kỷ luật cán bộ vi phạm

## tu-phap
TU|BTP|thủ tục chứng thực chữ ký, chứng thực bản sao vẫn phải làm bằng giấy, chưa được làm trực tuyến ~ quy định về công chứng điện tử chưa có ~ người dân ở xa phải về nơi cư trú để làm giấy xác nhận tình trạng hôn nhân|cho phép chứng thực điện tử ~ sớm có quy định công chứng điện tử ~ cho phép xác nhận tình trạng hôn nhân ở bất kỳ nơi nào
TU|BTP|quy định về trợ giúp pháp lý miễn phí chưa bao phủ người thu nhập thấp ~ người dân nông thôn ít tiếp cận dịch vụ pháp lý ~ văn bản pháp luật thay đổi nhiều, người dân không cập nhật kịp|mở rộng đối tượng được trợ giúp pháp lý ~ đưa dịch vụ pháp lý về cơ sở ~ tăng cường phổ biến pháp luật mới
TU|BTP|nhiều văn bản quy phạm pháp luật chồng chéo, mâu thuẫn nhau ~ văn bản hướng dẫn luật ban hành chậm, luật có hiệu lực nhưng chưa thi hành được ~ quy định về lấy ý kiến nhân dân khi xây dựng luật còn hình thức|rà soát, hệ thống hóa văn bản pháp luật ~ ban hành văn bản hướng dẫn cùng lúc với luật ~ mở rộng lấy ý kiến nhân dân
TU|TANDTC|án hành chính, án dân sự bị hủy nhiều lần, xét xử lại kéo dài ~ bản án đã có hiệu lực nhưng gia đình thấy chưa đúng, đề nghị giám đốc thẩm ~ tòa án các cấp chậm đưa vụ án ra xét xử|xem xét kháng nghị giám đốc thẩm ~ đẩy nhanh xét xử các vụ án kéo dài ~ nâng cao chất lượng xét xử
T|STP|cơ quan thi hành án đã kê biên nhưng nhiều năm chưa bán đấu giá tài sản ~ người phải thi hành án tẩu tán tài sản, cơ quan thi hành án không xử lý ~ gia đình được thi hành án nhưng chưa nhận được tiền|đẩy nhanh bán đấu giá tài sản kê biên ~ xử lý hành vi tẩu tán tài sản ~ chi trả tiền thi hành án cho người được thi hành
T|STP|văn phòng công chứng từ chối công chứng hợp đồng mua bán vì giấy tờ nhà đất cũ ~ công chứng viên công chứng hợp đồng giả mạo chữ ký ~ phí công chứng hợp đồng chuyển nhượng quá cao|hướng dẫn công chứng với giấy tờ cũ ~ xử lý công chứng viên vi phạm ~ kiểm tra việc thu phí công chứng
T|STP|trung tâm trợ giúp pháp lý của tỉnh không cử luật sư bào chữa cho người nghèo ~ người khuyết tật, người dân tộc không biết đến trợ giúp pháp lý miễn phí ~ luật sư thu phí cao nhưng không tham gia phiên tòa|cử trợ giúp viên pháp lý cho người nghèo ~ tuyên truyền về trợ giúp pháp lý ~ kiểm tra hoạt động của luật sư
T|STP|hồ sơ đăng ký quốc tịch, thôi quốc tịch nộp lên tỉnh đã lâu chưa có kết quả ~ thủ tục ghi chú kết hôn với người nước ngoài rườm rà ~ phiếu lý lịch tư pháp ghi sai án tích đã được xóa|giải quyết hồ sơ quốc tịch ~ đơn giản hóa thủ tục ghi chú kết hôn ~ đính chính phiếu lý lịch tư pháp
T|TAND-T|tòa án thụ lý đơn ly hôn nhưng nhiều tháng chưa hòa giải ~ vụ tranh chấp thừa kế nhà đất ở tòa án kéo dài nhiều năm ~ tòa án tỉnh hoãn phiên xử nhiều lần vì đương sự vắng mặt|sớm đưa vụ án ra xét xử ~ giải quyết dứt điểm tranh chấp thừa kế ~ xét xử vắng mặt theo quy định
X|UBND-X|xã không làm thủ tục đăng ký khai sinh quá hạn cho con tôi ~ giấy khai sinh cũ bị rách, xin cấp bản sao nhưng xã không tìm thấy sổ gốc ~ xã từ chối đăng ký khai tử cho người chết đã lâu|đăng ký khai sinh quá hạn cho cháu ~ cấp lại bản sao giấy khai sinh ~ đăng ký khai tử cho gia đình
X|UBND-X|tôi muốn cải chính họ tên trong giấy khai sinh nhưng xã bảo phải lên tỉnh ~ xác định lại dân tộc cho con theo dân tộc của mẹ bị xã từ chối ~ xã yêu cầu nhiều giấy tờ khi đăng ký nhận cha cho con|hướng dẫn thủ tục cải chính hộ tịch ~ giải quyết yêu cầu xác định lại dân tộc ~ đơn giản hóa thủ tục nhận cha con
X|UBND-X|mâu thuẫn giữa hai anh em về chia tài sản của bố mẹ chưa được hòa giải ~ hàng xóm xây chuồng gà sát tường nhà tôi, hai bên cãi vã nhiều lần ~ tổ hòa giải ở {village} không họp, chỉ bảo lên tòa|tổ chức hòa giải ở cơ sở ~ hòa giải mâu thuẫn giữa các gia đình ~ kiện toàn tổ hòa giải thôn

## thong-tin-truyen-thong
TU|BKHCN|nhiều ứng dụng dịch vụ công, ví điện tử yêu cầu cập nhật liên tục, người cao tuổi không dùng được ~ dữ liệu cá nhân bị lộ, người dân nhận cuộc gọi quảng cáo biết rõ thông tin ~ quy định bảo vệ dữ liệu cá nhân chưa được thực thi nghiêm|có giải pháp hỗ trợ người cao tuổi dùng dịch vụ số ~ xử lý nghiêm việc mua bán dữ liệu cá nhân ~ tăng cường thực thi bảo vệ dữ liệu cá nhân
TU|BKHCN|nhà mạng khóa sim của người dân chưa cập nhật thông tin chính chủ ~ thủ tục chuẩn hóa thông tin thuê bao bằng sinh trắc học khó với người già ~ sim rác vẫn bán tràn lan dù đã có quy định|gia hạn thời gian chuẩn hóa thông tin thuê bao ~ hỗ trợ người cao tuổi cập nhật thông tin sim ~ xử lý điểm bán sim rác
TU|BKHCN|chương trình đưa internet về vùng sâu vùng xa chậm triển khai ~ hạ tầng viễn thông vùng biên giới, hải đảo còn yếu ~ học sinh vùng khó khăn thiếu thiết bị học trực tuyến|đẩy nhanh phủ sóng internet vùng sâu ~ đầu tư hạ tầng viễn thông biên giới ~ hỗ trợ thiết bị học tập cho học sinh nghèo
TU|BVHTTDL|quảng cáo sai sự thật, quảng cáo cờ bạc trên mạng xã hội tràn lan ~ người nổi tiếng quảng cáo sản phẩm kém chất lượng trên mạng ~ trò chơi điện tử bạo lực không kiểm soát độ tuổi|xử lý nghiêm quảng cáo sai sự thật trên mạng ~ quy định trách nhiệm người nổi tiếng khi quảng cáo ~ quản lý chặt trò chơi điện tử
T|SKHCN|thôn ở xã biên giới chưa có sóng di động, gọi cấp cứu phải leo lên đồi ~ trạm phát sóng của nhà mạng ở xã thường xuyên mất điện, mất sóng ~ mạng internet ở khu dân cư mới chậm, không đăng ký được cáp quang|chỉ đạo nhà mạng lắp trạm phát sóng ~ bảo đảm nguồn điện dự phòng cho trạm phát sóng ~ kéo cáp quang về khu dân cư
T|SKHCN|cổng dịch vụ công tỉnh yêu cầu nộp hồ sơ trực tuyến nhưng vẫn bắt nộp bản giấy ~ hồ sơ nộp trực tuyến bị trả lại mà không nêu lý do ~ tài khoản trên cổng dịch vụ công không đăng nhập được bằng định danh điện tử|không yêu cầu nộp lại bản giấy khi đã nộp trực tuyến ~ nêu rõ lý do khi trả hồ sơ ~ khắc phục lỗi đăng nhập cổng dịch vụ công
T|SKHCN|nhân viên bưu điện làm mất giấy tờ gửi qua bưu chính công ích ~ bưu tá giao hàng thu tiền sai, không giao tận nhà ~ hồ sơ thủ tục hành chính gửi qua bưu điện bị chậm|tìm lại giấy tờ bị thất lạc ~ kiểm tra dịch vụ chuyển phát ~ bảo đảm thời gian chuyển hồ sơ qua bưu điện
T|SVHTTDL|đài phát thanh truyền hình tỉnh ít chương trình tiếng dân tộc ~ báo của tỉnh đăng bài nêu tên gia đình tôi sai sự thật ~ trang thông tin điện tử địa phương tự lập đăng tin giật gân|tăng chương trình phát thanh tiếng dân tộc ~ cải chính thông tin sai trên báo ~ xử lý trang thông tin đăng tin sai
X|UBND-X|loa phát thanh của phường phát vào giờ trưa, người già không nghỉ được ~ đài truyền thanh xã không còn hoạt động, dân không nắm được thông báo ~ cụm loa ở {village} bị hỏng nhiều tháng|điều chỉnh giờ phát thanh ~ khôi phục hoạt động đài truyền thanh xã ~ sửa chữa cụm loa
X|UBND-X|cột ăng ten viễn thông xây trên nóc nhà trong {alley} không xin ý kiến hàng xóm ~ nhà mạng kéo cáp quang qua mái nhà dân không xin phép ~ dây cáp viễn thông đứt rơi xuống đường chưa ai thu dọn|kiểm tra việc xây trạm ăng ten ~ yêu cầu nhà mạng xin phép khi kéo cáp ~ thu dọn dây cáp đứt
X|UBND-X|người dân trong {village} không biết cách nộp hồ sơ dịch vụ công trực tuyến ~ xã chưa có tổ công nghệ số cộng đồng hướng dẫn người dân ~ điểm hỗ trợ dịch vụ công của xã không có máy tính cho dân dùng|cử người hướng dẫn dân nộp hồ sơ trực tuyến ~ thành lập tổ công nghệ số cộng đồng ~ trang bị máy tính tại điểm hỗ trợ

## van-hoa-the-thao-du-lich
TU|BVHTTDL|nhiều lễ hội tổ chức tràn lan, tốn kém ngân sách ~ tình trạng chen lấn, cướp lộc, buôn thần bán thánh tại lễ hội ~ quy định về tổ chức lễ hội chưa đủ chế tài|rà soát, giảm bớt lễ hội tốn kém ~ chấn chỉnh tình trạng buôn thần bán thánh ~ bổ sung chế tài quản lý lễ hội
TU|BVHTTDL|nghệ nhân dân gian cao tuổi chưa được hưởng chế độ đãi ngộ ~ nghề truyền thống, làn điệu dân ca có nguy cơ mai một ~ chưa có chính sách hỗ trợ truyền dạy văn hóa dân tộc|có chế độ đãi ngộ cho nghệ nhân ~ hỗ trợ bảo tồn làn điệu dân ca ~ có chính sách truyền dạy văn hóa truyền thống
TU|BVHTTDL|du lịch tự phát tại các điểm danh thắng gây mất an toàn ~ chất lượng hướng dẫn viên du lịch, dịch vụ du lịch còn thấp ~ chính sách visa chưa thuận lợi cho khách quốc tế|có quy định quản lý du lịch tự phát ~ nâng cao chất lượng dịch vụ du lịch ~ mở rộng chính sách thị thực cho du khách
TU|BVHTTDL|bạo lực gia đình vẫn diễn ra phức tạp ~ chính sách phòng chống bạo lực gia đình chưa đi vào cuộc sống ~ văn hóa ứng xử trên mạng xã hội xuống cấp|tăng cường thực thi Luật Phòng chống bạo lực gia đình ~ có biện pháp bảo vệ nạn nhân bạo lực gia đình ~ ban hành bộ quy tắc ứng xử trên mạng
T|SVHTTDL|đình làng là di tích cấp tỉnh bị dột nát, xin kinh phí tu bổ nhiều năm chưa được ~ ngôi chùa cổ được công nhận di tích bị tự ý xây mới làm mất kiến trúc ~ khu di tích lịch sử cách mạng bị lấn chiếm đất|bố trí kinh phí tu bổ di tích ~ kiểm tra việc xây dựng sai quy định trong di tích ~ cắm mốc bảo vệ khu di tích
T|SVHTTDL|khu du lịch biển vứt rác bừa bãi, dịch vụ chèo kéo khách ~ nhà hàng ở điểm du lịch bán giá cắt cổ cho du khách ~ homestay hoạt động không phép, không đăng ký lưu trú|kiểm tra khu du lịch chặt chém ~ xử lý cơ sở kinh doanh không niêm yết giá ~ quản lý homestay không phép
T|SVHTTDL|nhà thi đấu thể thao của tỉnh xuống cấp, xây xong bỏ không ~ trung tâm huấn luyện thể thao tỉnh thiếu huấn luyện viên ~ bể bơi công cộng của tỉnh đóng cửa lâu ngày|sửa chữa nhà thi đấu thể thao ~ bổ sung huấn luyện viên ~ mở lại bể bơi công cộng cho thanh thiếu niên
T|SVHTTDL|quán bar, vũ trường trên địa bàn tỉnh mở nhạc quá lớn, hoạt động quá giờ ~ cơ sở karaoke kinh doanh không có giấy phép ~ biểu diễn nghệ thuật phản cảm tại quán bar|kiểm tra giấy phép kinh doanh karaoke, vũ trường ~ xử lý cơ sở hoạt động quá giờ ~ chấn chỉnh biểu diễn phản cảm
X|UBND-X|nhà văn hóa thôn mới sáp nhập quá nhỏ, không đủ chỗ họp ~ sân nhà văn hóa bị dùng làm bãi đậu xe ~ thiết chế văn hóa ở {village} không có bàn ghế, loa đài|xây mới nhà văn hóa thôn ~ trả lại sân nhà văn hóa cho sinh hoạt cộng đồng ~ trang bị thiết bị cho nhà văn hóa
X|UBND-X|nhóm người tập thể dục nhảy dân vũ mở loa quá to từ năm giờ sáng ~ đám cưới trong {village} hát karaoke đến khuya ~ hộ dân làm đám giỗ dựng rạp chiếm cả đường|nhắc nhở nhóm tập thể dục giảm âm lượng ~ thực hiện nếp sống văn minh trong việc cưới ~ hướng dẫn việc dựng rạp đúng quy định
X|UBND-X|trẻ em trong xã không có nơi học bơi, mùa hè nhiều vụ đuối nước ~ sân bóng đá của xã bị cỏ mọc um tùm, không có người quản lý ~ khu vui chơi ở công viên phường có thiết bị hỏng gây nguy hiểm|tổ chức lớp dạy bơi cho trẻ em ~ giao người quản lý sân bóng xã ~ sửa chữa thiết bị vui chơi
X|UBND-X|lễ hội truyền thống của thôn bị thương mại hóa, bày nhiều trò cờ bạc ~ hộ dân đốt vàng mã nhiều ở đình làng gây cháy ~ di tích đình thôn bị người dân lấn chiếm làm nhà|chấn chỉnh lễ hội của thôn ~ hướng dẫn việc đốt vàng mã an toàn ~ giải tỏa lấn chiếm khuôn viên đình

## dan-toc-ton-giao
TU|BDTTG|chương trình mục tiêu quốc gia phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu số giải ngân chậm ~ nhiều dự án thành phần của chương trình có hướng dẫn chồng chéo ~ tiêu chí xác định thôn đặc biệt khó khăn chưa sát thực tế|đẩy nhanh giải ngân chương trình mục tiêu quốc gia vùng dân tộc ~ ban hành hướng dẫn thống nhất các dự án ~ rà soát tiêu chí thôn đặc biệt khó khăn
TU|BDTTG|chính sách hỗ trợ cho người có uy tín trong đồng bào dân tộc thiểu số còn thấp ~ người có uy tín ở bản làng chưa được tập huấn, cung cấp thông tin ~ chế độ thăm hỏi người có uy tín khi ốm đau chưa có|nâng mức hỗ trợ cho người có uy tín ~ tăng cường bồi dưỡng cho người có uy tín ~ bổ sung chế độ thăm hỏi
TU|BDTTG|tỷ lệ tảo hôn, hôn nhân cận huyết thống ở vùng đồng bào còn cao ~ nhiều dân tộc rất ít người có nguy cơ suy giảm dân số ~ phong tục lạc hậu trong ma chay, cưới hỏi vùng dân tộc gây tốn kém|có chương trình giảm tảo hôn ở vùng dân tộc ~ có chính sách đặc thù cho dân tộc rất ít người ~ vận động xóa bỏ hủ tục
TU|BDTTG|quy định về đăng ký hoạt động tín ngưỡng, sinh hoạt tôn giáo tập trung còn phức tạp ~ cơ sở tôn giáo xin giao đất, cấp giấy chứng nhận gặp nhiều vướng mắc ~ tình trạng lợi dụng tôn giáo trục lợi, lừa đảo trên mạng|đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo ~ hướng dẫn giải quyết đất cơ sở tôn giáo ~ xử lý việc lợi dụng tôn giáo để trục lợi
TU|BDTTG|học sinh dân tộc thiểu số học hết phổ thông khó vào đại học ~ chính sách cử tuyển không còn phù hợp, sinh viên cử tuyển ra trường không có việc ~ chưa có chính sách thu hút cán bộ người dân tộc thiểu số|đổi mới chính sách cử tuyển ~ bố trí việc làm cho sinh viên cử tuyển ~ có chính sách phát triển cán bộ người dân tộc
TU|BNV|đồng bào dân tộc thiểu số di cư tự do vào các tỉnh Tây Nguyên thiếu đất ở, không có hộ khẩu ~ chính sách ổn định dân di cư tự do chưa có nguồn lực ~ đồng bào di cư sống trong rừng, không được hưởng chính sách|bố trí nguồn lực ổn định dân di cư tự do ~ giải quyết cư trú cho đồng bào di cư ~ có chính sách hỗ trợ đất ở, đất sản xuất
T|SNV|tiền hỗ trợ nước sinh hoạt phân tán cho hộ đồng bào dân tộc chưa đến tay ~ hỗ trợ chuyển đổi nghề cho đồng bào thiếu đất sản xuất chậm ~ công trình nước sạch tập trung ở bản đồng bào hỏng từ lâu|chi trả hỗ trợ nước sinh hoạt ~ đẩy nhanh hỗ trợ chuyển đổi nghề ~ sửa chữa công trình nước ở bản
T|SNV|hộ đồng bào dân tộc thiểu số ở các xã khu vực ba chưa được hỗ trợ nhà ở theo chương trình ~ danh sách hộ đồng bào được hỗ trợ đất ở do tỉnh duyệt bị sót ~ kinh phí hỗ trợ di dân khỏi vùng sạt lở ở bản đồng bào chưa được cấp|rà soát hỗ trợ nhà ở cho hộ đồng bào ~ bổ sung hộ bị sót vào danh sách ~ cấp kinh phí di dân khỏi vùng sạt lở
T|SDTTG|sau sắp xếp bộ máy người dân không biết cơ quan nào phụ trách công tác dân tộc của tỉnh ~ chế độ cho cán bộ làm công tác dân tộc ở tỉnh bị gián đoạn ~ chính sách hỗ trợ học sinh dân tộc bán trú chậm chi trả|thông báo cơ quan phụ trách công tác dân tộc ~ bảo đảm chế độ cho cán bộ làm công tác dân tộc ~ chi trả kịp thời hỗ trợ học sinh bán trú
T|SNV|cơ sở tôn giáo xin cấp phép tổ chức lễ hội tôn giáo lớn chưa được trả lời ~ tổ chức tôn giáo đề nghị công nhận chức sắc nhưng hồ sơ kéo dài ~ nhóm sinh hoạt tôn giáo tập trung xin đăng ký địa điểm nhưng chưa được chấp thuận|trả lời đề nghị tổ chức lễ hội tôn giáo ~ giải quyết hồ sơ công nhận chức sắc ~ xem xét đăng ký địa điểm sinh hoạt tôn giáo
T|SNV|đất của nhà thờ, chùa bị lấn chiếm nhưng chưa được giải quyết ~ tranh chấp đất giữa cơ sở tôn giáo và hộ dân kéo dài ~ cơ sở tôn giáo đề nghị trả lại đất trước đây đã mượn làm trường học|giải quyết lấn chiếm đất cơ sở tôn giáo ~ hòa giải tranh chấp đất tôn giáo ~ xem xét đề nghị trả lại đất
X|UBND-X|đồng bào ở bản xa chưa có đường, điện, trường học ~ hộ đồng bào ở {village} còn ở nhà tạm dột nát ~ trẻ em người dân tộc ở bản chưa được đi học mẫu giáo|đầu tư đường, điện cho bản xa ~ hỗ trợ làm nhà cho hộ đồng bào ~ mở lớp mẫu giáo tại bản
X|UBND-X|người dân trong {village} theo đạo mới bỏ thờ cúng tổ tiên gây mâu thuẫn trong gia đình ~ một số người tụ tập cầu nguyện ban đêm gây ồn, không đăng ký ~ đối tượng lạ đến phát tài liệu tôn giáo trái phép|tuyên truyền, vận động người dân không nghe theo đạo lạ ~ nhắc nhở nhóm sinh hoạt tôn giáo chưa đăng ký ~ xử lý việc phát tài liệu trái phép
X|UBND-X|hủ tục để người chết lâu ngày trong nhà vẫn còn ở một số bản ~ tục thách cưới cao làm nhiều gia đình đồng bào mắc nợ ~ tình trạng tảo hôn của thanh niên người dân tộc trong xã chưa giảm|vận động bỏ hủ tục ma chay ~ tuyên truyền xóa bỏ thách cưới ~ ngăn chặn tảo hôn
X|UBND-X|xã chưa chi tiền hỗ trợ giống cây, con giống cho hộ đồng bào theo chương trình ~ bò giống hỗ trợ cho hộ đồng bào ở {village} bị chết do không được hướng dẫn chăm sóc ~ hộ đồng bào nhận hỗ trợ máy móc nông nghiệp nhưng không dùng được|chi trả hỗ trợ giống cây, con giống ~ hướng dẫn đồng bào chăm sóc vật nuôi ~ hỗ trợ đúng nhu cầu của đồng bào
X|UBND-X|tiếng nói, chữ viết của đồng bào dân tộc ở thôn không được dạy cho trẻ ~ trang phục truyền thống, nhạc cụ dân tộc của bản đang mai một ~ nhà rông, nhà sinh hoạt cộng đồng của làng xuống cấp|mở lớp dạy tiếng dân tộc ~ hỗ trợ bảo tồn trang phục, nhạc cụ dân tộc ~ sửa chữa nhà rông của làng

## khieu-nai-to-cao
TU|TTCP|quy định về tiếp công dân của người đứng đầu còn hình thức ~ tình trạng đùn đẩy, né tránh giải quyết khiếu nại ở địa phương ~ nhiều vụ khiếu nại đông người kéo lên Hà Nội nhưng không được giải quyết dứt điểm|tăng cường trách nhiệm người đứng đầu trong tiếp công dân ~ xử lý người né tránh giải quyết khiếu nại ~ có biện pháp giải quyết dứt điểm khiếu nại đông người
TU|TTCP|kết luận thanh tra về sai phạm của cán bộ đã rõ nhưng chưa xử lý người sai phạm ~ quy định bảo vệ người tố cáo chưa hiệu quả, người tố cáo bị trù dập ~ tố cáo gửi lên Trung ương bị chuyển ngược về nơi bị tố cáo|xử lý nghiêm sai phạm theo kết luận thanh tra ~ bảo vệ người tố cáo ~ không chuyển đơn tố cáo về nơi bị tố cáo
TU|BTCDTW|công dân khiếu nại nhiều năm, đã ra Trung ương nhiều lần nhưng vẫn bị trả về tỉnh ~ vụ khiếu nại về đất đai đã được Trung ương chỉ đạo nhưng địa phương không thực hiện ~ người dân không biết đơn gửi Ban Tiếp công dân Trung ương đã được xử lý chưa|đôn đốc địa phương thực hiện chỉ đạo ~ thông báo kết quả xử lý đơn cho công dân ~ giải quyết dứt điểm vụ việc khiếu nại kéo dài
TU|UBDNGS|cử tri đề nghị Quốc hội giám sát việc giải quyết khiếu nại tố cáo của các bộ ngành ~ nhiều đơn thư gửi đại biểu Quốc hội không được chuyển xử lý kịp thời ~ việc giám sát giải quyết đơn thư sau khi chuyển còn hạn chế|tăng cường giám sát việc giải quyết khiếu nại, tố cáo ~ đôn đốc xử lý đơn thư do đại biểu Quốc hội chuyển ~ thông báo kết quả cho công dân
T|TTT|tố cáo chủ tịch xã giao đất công trái phép cho người thân ~ tố cáo lãnh đạo phường nhận tiền để bỏ qua vi phạm xây dựng ~ tố cáo cán bộ xã ăn chặn tiền hỗ trợ cho hộ nghèo|thanh tra, làm rõ nội dung tố cáo ~ xử lý nghiêm cán bộ vi phạm ~ thông báo kết quả giải quyết tố cáo cho người tố cáo
T|TTT|tố cáo giám đốc sở chỉ định thầu sai quy định ~ tố cáo lãnh đạo bệnh viện tỉnh nâng giá mua thiết bị y tế ~ tố cáo hiệu trưởng trường THPT lạm thu và ép giáo viên|thanh tra việc chỉ định thầu ~ làm rõ sai phạm trong mua sắm thiết bị ~ xử lý hiệu trưởng có sai phạm
T|UBND-T|khiếu nại quyết định xử phạt hành chính của chủ tịch xã không đúng ~ khiếu nại quyết định kỷ luật buộc thôi việc của giám đốc sở ~ khiếu nại việc cán bộ thụ lý đơn khiếu nại quá thời hạn mà không trả lời|xem xét giải quyết khiếu nại lần hai ~ hủy quyết định xử phạt sai ~ giải quyết khiếu nại đúng thời hạn
T|BTCD-T|công dân đến trụ sở tiếp công dân của tỉnh nhiều lần nhưng không gặp được lãnh đạo ~ đơn khiếu nại gửi tỉnh không nhận được thông báo thụ lý ~ ban tiếp công dân hướng dẫn gửi đơn đi nhiều nơi|bố trí lãnh đạo tỉnh tiếp công dân ~ thông báo thụ lý đơn khiếu nại ~ hướng dẫn đúng cơ quan có thẩm quyền
T|TTT|đơn tố cáo đã gửi quá thời hạn giải quyết nhưng chưa có kết quả ~ kết luận giải quyết tố cáo chưa khách quan, bao che cho cán bộ ~ người bị tố cáo biết tên người tố cáo và có hành vi trù dập|giải quyết đơn tố cáo đúng thời hạn ~ xem xét lại kết luận giải quyết tố cáo ~ giữ bí mật và bảo vệ người tố cáo
X|UBND-X|khiếu nại việc xã không cho gia đình hưởng hỗ trợ thiên tai ~ khiếu nại việc xã lập biên bản vi phạm hành chính không đúng sự thật ~ khiếu nại việc xã không trả lời đơn đề nghị của gia đình đúng hạn|xem xét giải quyết khiếu nại của gia đình ~ hủy biên bản vi phạm lập sai ~ trả lời đơn của gia đình
X|UBND-X|tố cáo trưởng thôn thu tiền của dân rồi chiếm dụng ~ tố cáo tổ trưởng tổ dân phố lập danh sách khống nhận tiền hỗ trợ ~ tố cáo công an viên bảo kê cho tụ điểm cờ bạc trong thôn|xác minh nội dung tố cáo ~ xử lý trưởng thôn vi phạm ~ công khai kết quả xác minh
X|UBND-X|gia đình gửi đơn khiếu nại lên xã đã quá hạn nhưng chưa được trả lời ~ xã giải quyết khiếu nại nhưng không tổ chức đối thoại ~ chủ tịch xã không tiếp công dân theo lịch|trả lời đơn khiếu nại ~ tổ chức đối thoại khi giải quyết khiếu nại ~ tiếp công dân đúng lịch

## khac
TU|VPCP|sau sáp nhập tỉnh, xã người dân phải đổi hàng loạt giấy tờ có ghi địa chỉ cũ ~ doanh nghiệp phải thay con dấu, biển hiệu, hóa đơn vì đổi địa giới hành chính ~ chưa có hướng dẫn thống nhất về ghi địa chỉ mới trên giấy tờ|có hướng dẫn không bắt buộc đổi giấy tờ khi đổi địa giới ~ miễn phí thủ tục đổi địa chỉ cho người dân ~ ban hành hướng dẫn ghi địa chỉ mới
TU|VPCP|đề nghị Chính phủ có chính sách cụ thể cho các xã vùng biên giới, hải đảo ~ chưa có cơ chế đặc thù cho các đặc khu sau sắp xếp ~ đề nghị Chính phủ sớm công bố kết quả rà soát các kiến nghị cử tri đã tổng hợp|ban hành cơ chế đặc thù cho vùng biên giới, hải đảo ~ hướng dẫn tổ chức hoạt động của đặc khu ~ công bố kết quả giải quyết kiến nghị
TU|UBDNGS|nhiều kiến nghị cử tri được trả lời chung chung, chưa giải quyết cụ thể ~ cử tri không được thông tin kết quả giải quyết kiến nghị đã gửi kỳ họp trước ~ việc tổng hợp ý kiến cử tri chưa phản ánh đủ tâm tư của nhân dân|yêu cầu các bộ ngành trả lời kiến nghị cụ thể ~ công khai kết quả giải quyết kiến nghị cử tri ~ đổi mới việc tổng hợp ý kiến cử tri
TU|UBDNGS|cử tri đề nghị tăng thời lượng truyền hình trực tiếp các phiên chất vấn ~ đề nghị đại biểu Quốc hội tăng cường tiếp xúc cử tri theo chuyên đề ~ đề nghị Quốc hội công khai kết quả thực hiện lời hứa của bộ trưởng sau chất vấn|tăng thời lượng phát trực tiếp phiên chất vấn ~ tổ chức tiếp xúc cử tri chuyên đề ~ giám sát việc thực hiện lời hứa sau chất vấn
TU|BNG|người Việt Nam ở nước ngoài gặp khó khi làm hộ chiếu, giấy tờ tại cơ quan đại diện ~ người thân bị kẹt ở nước ngoài do chiến sự cần hỗ trợ về nước ~ lao động Việt Nam bị giữ giấy tờ ở nước ngoài|hỗ trợ công dân làm giấy tờ ở nước ngoài ~ bảo hộ công dân ở vùng chiến sự ~ can thiệp trả lại giấy tờ cho lao động
TU|MTTQTW|cuộc vận động ủng hộ đồng bào vùng lũ chưa công khai kết quả phân bổ ~ hoạt động của các đoàn thể sau sáp nhập vào Mặt trận chưa rõ ~ vai trò giám sát, phản biện xã hội của Mặt trận còn hình thức|công khai phân bổ tiền ủng hộ ~ hướng dẫn hoạt động đoàn thể sau sáp nhập ~ nâng cao hiệu quả giám sát của Mặt trận
TU|VPCP|cử tri đồng tình, ủng hộ chủ trương sắp xếp tinh gọn bộ máy ~ cử tri phấn khởi trước kết quả phòng chống tham nhũng, lãng phí ~ cử tri mong muốn các chính sách mới sớm đi vào cuộc sống|tiếp tục đẩy mạnh tinh gọn bộ máy ~ tiếp tục kiên quyết phòng chống tham nhũng ~ sớm hướng dẫn thực hiện chính sách mới
T|UBND-T|sau sáp nhập tỉnh, tên đường trùng nhau ở nhiều nơi gây nhầm lẫn ~ đề nghị tỉnh đặt tên đường cho các tuyến mới xây dựng ~ biển chỉ dẫn, biển tên đơn vị hành chính mới chưa được lắp đặt|rà soát, đặt lại tên đường trùng ~ đặt tên cho tuyến đường mới ~ lắp đặt biển tên đơn vị hành chính mới
T|UBND-T|tỉnh chậm trả lời kiến nghị của cử tri sau kỳ họp Hội đồng nhân dân ~ kiến nghị của cử tri gửi qua nhiều kỳ họp vẫn chưa được trả lời ~ nội dung trả lời kiến nghị cử tri của các sở còn chung chung|trả lời kiến nghị cử tri đúng thời hạn ~ giải quyết dứt điểm kiến nghị tồn đọng ~ yêu cầu các sở trả lời cụ thể
T|UBND-T|trung tâm hành chính tỉnh mới xa, người dân đi làm thủ tục tốn kém ~ người dân chưa biết nộp hồ sơ ở đâu sau khi các sở sáp nhập ~ trụ sở tiếp dân của tỉnh cũ đóng cửa|bố trí điểm tiếp nhận hồ sơ tại trung tâm tỉnh cũ ~ thông báo rõ nơi nộp hồ sơ ~ duy trì điểm tiếp công dân
T|HDND-T|đề nghị Hội đồng nhân dân tỉnh giám sát việc thực hiện các nghị quyết đã ban hành ~ đại biểu Hội đồng nhân dân tỉnh ít tiếp xúc cử tri ở các xã vùng sâu ~ cử tri muốn được theo dõi trực tiếp kỳ họp Hội đồng nhân dân tỉnh|tăng cường giám sát thực hiện nghị quyết ~ bố trí đại biểu tiếp xúc cử tri vùng sâu ~ truyền hình trực tiếp kỳ họp
X|UBND-X|sau sáp nhập, thôn mới chưa có tên chính thức, giấy tờ ghi không thống nhất ~ số nhà ở khu phố mới lộn xộn, bưu tá không tìm được nhà ~ biển tên thôn, tổ dân phố chưa được thay sau sáp nhập|sớm đặt tên thôn mới ~ đánh số nhà thống nhất ~ thay biển tên thôn, tổ dân phố
X|UBND-X|xã chưa thông tin cho người dân kết quả giải quyết các kiến nghị ở buổi tiếp xúc cử tri trước ~ lịch tiếp xúc cử tri không thông báo rộng rãi ~ ý kiến của người dân ở buổi họp thôn không được xã ghi nhận|thông báo kết quả giải quyết kiến nghị cho cử tri ~ thông báo lịch tiếp xúc cử tri rộng rãi ~ tổng hợp đầy đủ ý kiến người dân
X|UBND-X|người dân đề nghị xã tổ chức lễ kỷ niệm ngày thành lập xã mới ~ bà con muốn xã làm sổ tay thông tin các thôn sau sáp nhập ~ người dân đề nghị xã giữ lại bia, cổng làng cũ làm kỷ niệm|tổ chức lễ kỷ niệm thành lập xã ~ làm sổ tay thông tin cho người dân ~ giữ lại công trình kỷ niệm của các thôn cũ
X|UBND-X|cảm ơn cán bộ phường đã nhiệt tình hướng dẫn gia đình làm thủ tục ~ người dân biểu dương công an xã giúp tìm lại tài sản bị mất ~ bà con cảm ơn xã đã sửa xong con đường trong xóm|ghi nhận và khen thưởng cán bộ ~ tiếp tục phát huy tinh thần phục vụ nhân dân ~ nhân rộng cách làm tốt
X|UBND-X|hội người cao tuổi của thôn chưa có nơi sinh hoạt ~ chi hội cựu chiến binh thôn thiếu kinh phí hoạt động ~ đoàn thanh niên xã ít tổ chức hoạt động cho thanh niên|bố trí nơi sinh hoạt cho hội người cao tuổi ~ hỗ trợ kinh phí cho chi hội ~ tổ chức hoạt động cho thanh niên
X|UBND-X|người dân hỏi thủ tục xin xác nhận giấy tờ để đi nước ngoài thăm thân ~ hỏi xã có chương trình gì hỗ trợ người mới chuyển về sinh sống ~ hỏi cách đăng ký tham gia đội tình nguyện của phường|hướng dẫn thủ tục cho người dân ~ thông tin các chương trình hỗ trợ ~ hướng dẫn đăng ký tham gia
X|UBND-X|người dân mong chính quyền quan tâm hơn nữa đến đời sống bà con trong thôn ~ bà con đề nghị lãnh đạo xã thường xuyên xuống thôn nắm tình hình ~ người dân muốn được biết kế hoạch phát triển của xã trong thời gian tới|quan tâm hơn đến đời sống nhân dân ~ thường xuyên đối thoại với nhân dân ~ công khai kế hoạch phát triển của xã

## bao-hiem
TU|BHXHVN|thủ tục hưởng chế độ tử tuất cho thân nhân người hưởng lương hưu còn nhiều giấy tờ ~ người hưởng lương hưu chuyển nơi cư trú phải làm lại nhiều thủ tục ~ chi trả lương hưu qua tài khoản ngân hàng gây khó cho người già ở vùng sâu|đơn giản hóa thủ tục hưởng chế độ tử tuất ~ cho phép chuyển nơi hưởng lương hưu trực tuyến ~ duy trì chi trả lương hưu bằng tiền mặt cho người già vùng sâu
TU|BYT|quy định cùng chi trả bảo hiểm y tế khiến người bệnh mãn tính phải trả nhiều tiền ~ mức đóng BHYT hộ gia đình tăng theo lương cơ sở ~ người dân tham gia BHYT hộ gia đình giảm vì mức đóng cao|xem xét giảm mức cùng chi trả cho bệnh mãn tính ~ giữ ổn định mức đóng BHYT hộ gia đình ~ tăng hỗ trợ đóng BHYT cho người thu nhập thấp
T|BHXH-T|người lao động tự do đóng bảo hiểm xã hội tự nguyện nhưng không được hướng dẫn quyền lợi ~ đại lý thu bảo hiểm tự nguyện tư vấn sai về mức hưởng ~ người tham gia bảo hiểm tự nguyện muốn đóng một lần cho nhiều năm còn thiếu|kiểm tra, chấn chỉnh đại lý thu bảo hiểm ~ tư vấn rõ quyền lợi bảo hiểm tự nguyện ~ hướng dẫn đóng bảo hiểm một lần cho nhiều năm
T|BHXH-T|gia đình nộp hồ sơ hưởng trợ cấp mai táng cho bố tôi nhưng bảo hiểm xã hội tỉnh chưa chi trả ~ người lao động bị tai nạn lao động chưa được giải quyết chế độ ~ hồ sơ giám định suy giảm khả năng lao động để hưởng chế độ bị chậm|chi trả trợ cấp mai táng ~ giải quyết chế độ tai nạn lao động ~ đẩy nhanh giám định suy giảm khả năng lao động
X|UBND-X|sinh viên con hộ cận nghèo ở thôn chưa được hỗ trợ tiền mua thẻ BHYT học sinh ~ người dân không biết thẻ BHYT hộ gia đình đã hết hạn, đi khám mới biết ~ xã không thông báo danh sách người được ngân sách hỗ trợ mua thẻ BHYT|hỗ trợ mua thẻ BHYT cho học sinh hộ cận nghèo ~ thông báo hạn thẻ BHYT cho người dân ~ niêm yết danh sách được hỗ trợ mua thẻ

## giao-duc
TU|BGDDT|quy định về tuyển sinh đầu cấp theo tuyến hộ khẩu không còn phù hợp khi bỏ sổ hộ khẩu ~ học sinh chuyển trường giữa các tỉnh gặp khó vì khác chương trình địa phương ~ học sinh người nước ngoài, con lao động di cư khó vào trường công|hướng dẫn tuyển sinh đầu cấp theo dữ liệu cư trú ~ thống nhất chương trình địa phương khi chuyển trường ~ bảo đảm chỗ học cho con em lao động di cư
T|SGDDT|tỉnh thu học phí trường công cao hơn tỉnh lân cận ~ chính sách miễn giảm học phí cho học sinh ở xã vùng khó khăn chậm triển khai ~ các khoản thu dịch vụ bán trú ở trường công do tỉnh quy định quá cao|rà soát mức học phí của tỉnh ~ đẩy nhanh miễn giảm học phí ~ điều chỉnh mức thu dịch vụ bán trú
X|UBND-X|trường tiểu học ở phường tổ chức bán trú nhưng bữa ăn không bảo đảm ~ trường học cắt giảm tiết học bơi, thể dục vì thiếu sân ~ phòng học của trường THCS xã dột, tường nứt|kiểm tra bữa ăn bán trú ~ bố trí sân chơi cho học sinh ~ sửa chữa phòng học

## lao-dong-xa-hoi
TU|BNV|người lao động làm việc cho các nền tảng giao hàng, xe công nghệ chưa được bảo vệ quyền lợi ~ lao động giúp việc gia đình chưa có hợp đồng, bảo hiểm ~ chưa có chính sách cho lao động phi chính thức|có quy định bảo vệ lao động trên nền tảng công nghệ ~ quy định hợp đồng với lao động giúp việc ~ có chính sách cho lao động phi chính thức
X|UBND-X|xã chưa tổ chức tư vấn việc làm cho thanh niên mới xuất ngũ ~ phụ nữ trung niên ở {village} muốn học nghề nhưng không có lớp ~ lao động nông thôn mất việc trở về quê chưa được hỗ trợ|tổ chức tư vấn việc làm cho thanh niên ~ mở lớp dạy nghề cho lao động nông thôn ~ hỗ trợ lao động mất việc về quê

## tai-chinh-thue
TU|BTC|quy định về phí, lệ phí cấp giấy tờ hành chính còn nhiều loại, chưa thống nhất ~ lệ phí cấp căn cước, giấy phép lái xe, hộ chiếu tăng ~ thu phí tham quan danh thắng quá cao|rà soát, bãi bỏ các loại phí không cần thiết ~ giảm lệ phí cấp giấy tờ ~ điều chỉnh phí tham quan hợp lý
X|UBND-X|tiền bán thanh lý tài sản của thôn không công khai ~ xã cho thuê ki ốt chợ nhưng không công khai số tiền thu ~ các khoản tài trợ cho lễ hội của xã không được quyết toán công khai|công khai tiền thanh lý tài sản của thôn ~ công khai tiền cho thuê ki ốt ~ quyết toán công khai tiền tài trợ

## cong-thuong-dien
TU|EVN|ngành điện chưa minh bạch chi phí sản xuất kinh doanh điện ~ thủ tục đăng ký lắp công tơ điện mới cho hộ gia đình còn rườm rà ~ EVN chậm thanh toán tiền mua điện mặt trời mái nhà|công khai chi phí sản xuất kinh doanh điện ~ đơn giản hóa thủ tục cấp điện mới ~ thanh toán tiền mua điện cho người dân
T|DL-T|hộ dân làm hồ sơ xin lắp công tơ điện mới ba tháng chưa được ~ điện lực yêu cầu hộ dân tự mua cột, dây để kéo điện ~ nhân viên điện lực đòi tiền khi lắp đặt điện|lắp công tơ điện cho hộ dân ~ không yêu cầu người dân tự mua vật tư ~ xử lý nhân viên nhũng nhiễu

## ngan-hang-tin-dung
TU|NHNN|thủ tục mở tài khoản, đăng ký ứng dụng ngân hàng bằng sinh trắc học khó với người già ~ quy định tài khoản không chính chủ bị khóa gây khó cho hộ kinh doanh ~ ngân hàng thu phí quản lý tài khoản với tài khoản ít giao dịch|hướng dẫn ngân hàng hỗ trợ người cao tuổi ~ có thời gian chuyển đổi cho hộ kinh doanh ~ bỏ phí quản lý tài khoản
T|NHCSXH-T|phòng giao dịch ngân hàng chính sách giải ngân vốn vay qua tổ trưởng, hộ vay không nhận đủ tiền ~ ngân hàng chính sách chậm giải quyết cho hộ vay bị rủi ro được xóa nợ ~ hộ vay vốn chính sách phải gửi tiết kiệm bắt buộc|giải ngân trực tiếp cho hộ vay ~ giải quyết xóa nợ cho hộ gặp rủi ro ~ bỏ yêu cầu gửi tiết kiệm bắt buộc
X|UBND-X|người dân không biết đến chương trình cho vay của ngân hàng chính sách ở xã ~ điểm giao dịch của ngân hàng chính sách tại xã họp không đúng lịch ~ hộ vay vốn ở thôn không được thông báo số dư nợ|tuyên truyền chương trình cho vay chính sách ~ giao dịch đúng lịch tại điểm giao dịch xã ~ thông báo dư nợ cho hộ vay

## noi-vu-can-bo
TU|BNV|quy định về tuyển dụng công chức chỉ qua thi tuyển chưa thu hút người giỏi ~ chính sách thu hút người có tài năng vào khu vực công chưa hấp dẫn ~ sinh viên tốt nghiệp xuất sắc không muốn vào cơ quan nhà nước|đổi mới tuyển dụng công chức ~ có chính sách đãi ngộ người tài ~ tạo môi trường làm việc hấp dẫn ở khu vực công
TU|UBCTDB|đề nghị có quy định rõ về tiêu chuẩn, cơ cấu đại biểu dân cử ở cấp xã sau sắp xếp ~ chế độ cho đại biểu Hội đồng nhân dân cấp xã kiêm nhiệm còn thấp ~ đại biểu Hội đồng nhân dân xã ít được bồi dưỡng kỹ năng|quy định tiêu chuẩn đại biểu Hội đồng nhân dân xã ~ nâng chế độ cho đại biểu kiêm nhiệm ~ tổ chức bồi dưỡng đại biểu dân cử
T|SNV|cán bộ có năng lực ở xã bị điều chuyển, người mới chưa nắm địa bàn ~ xã thiếu cán bộ nữ, cán bộ người dân tộc trong bộ máy mới ~ việc luân chuyển cán bộ giữa các xã sau sáp nhập chưa hợp lý|rà soát việc bố trí cán bộ ở xã ~ bảo đảm tỷ lệ cán bộ nữ, người dân tộc ~ điều chỉnh kế hoạch luân chuyển cán bộ
T|SNV|viên chức sự nghiệp của tỉnh bị chậm nâng lương thường xuyên ~ chế độ phụ cấp của giáo viên, y tế sau sắp xếp bị cắt giảm ~ viên chức dôi dư của các đơn vị sự nghiệp sáp nhập chưa có chính sách|giải quyết nâng lương đúng hạn ~ giữ ổn định phụ cấp ~ ban hành chính sách cho viên chức dôi dư
X|UBND-X|công chức văn hóa xã hội của xã kiêm nhiệm quá nhiều việc, giải quyết hồ sơ chậm ~ bộ phận một cửa xã chỉ có một người, người dân phải xếp hàng ~ xã mới thiếu cán bộ trực vào buổi chiều|bố trí thêm công chức ~ tăng người làm việc tại bộ phận một cửa ~ sắp xếp lịch trực hợp lý

## tu-phap
TU|BTP|thủ tục thi hành án dân sự kéo dài, người được thi hành án mệt mỏi ~ cơ chế xác minh điều kiện thi hành án chưa hiệu quả ~ quy định về miễn giảm chi phí thi hành án chưa phù hợp|sửa đổi Luật Thi hành án dân sự ~ tăng hiệu quả xác minh điều kiện thi hành án ~ điều chỉnh quy định chi phí thi hành án
T|STP|trung tâm đấu giá tài sản tổ chức đấu giá quyền sử dụng đất có dấu hiệu thông đồng ~ người trúng đấu giá đất bỏ cọc gây nhiễu thị trường ~ thông tin đấu giá tài sản không được công khai rộng rãi|kiểm tra hoạt động đấu giá tài sản ~ xử lý hành vi thông đồng, bỏ cọc ~ công khai thông tin đấu giá
X|UBND-X|cán bộ tư pháp xã không hướng dẫn thủ tục đăng ký giám hộ cho người già ~ xã từ chối chứng thực di chúc cho người bệnh nằm tại nhà ~ thủ tục đăng ký lại việc kết hôn đã mất giấy tờ gốc phức tạp|hướng dẫn thủ tục đăng ký giám hộ ~ cử cán bộ đến chứng thực di chúc tại nhà ~ hướng dẫn đăng ký lại kết hôn

## thong-tin-truyen-thong
TU|BKHCN|quy định về cấp phép và quản lý trang thông tin điện tử tổng hợp còn lỏng ~ nhiều trang mạng giả mạo báo chí để trục lợi ~ việc gỡ bỏ tin giả trên các nền tảng xuyên biên giới còn chậm|siết chặt cấp phép trang thông tin điện tử ~ xử lý trang mạng giả mạo báo chí ~ yêu cầu nền tảng xuyên biên giới gỡ tin giả nhanh
T|SKHCN|dự án chuyển đổi số của tỉnh đầu tư nhiều phần mềm nhưng không kết nối được ~ dữ liệu dân cư giữa các sở của tỉnh không liên thông, người dân phải khai nhiều lần ~ trung tâm điều hành đô thị thông minh của tỉnh hoạt động kém hiệu quả|kết nối liên thông phần mềm của tỉnh ~ chia sẻ dữ liệu giữa các sở ~ kiểm tra hiệu quả trung tâm điều hành
X|UBND-X|trang thông tin điện tử của xã không cập nhật thông báo mới ~ nhóm zalo của khu phố đăng tin sai về chính quyền ~ thông báo của phường chỉ dán ở trụ sở, người dân không biết|cập nhật trang thông tin điện tử của xã ~ chấn chỉnh việc đăng tin sai trong nhóm mạng ~ thông báo qua nhiều kênh cho người dân

## van-hoa-the-thao-du-lich
TU|BVHTTDL|phim ảnh, chương trình giải trí có nội dung phản cảm trên truyền hình và mạng ~ hoạt động biểu diễn nghệ thuật, thi người đẹp tổ chức tràn lan ~ quản lý bản quyền tác phẩm âm nhạc, phim ảnh còn yếu|tăng cường kiểm duyệt nội dung giải trí ~ siết chặt cấp phép thi người đẹp ~ bảo vệ bản quyền tác phẩm
TU|BVHTTDL|thư viện, bảo tàng ở nhiều địa phương vắng khách, thiếu kinh phí ~ phong trào đọc sách trong thanh thiếu niên giảm ~ hệ thống rạp chiếu phim chỉ có ở đô thị lớn|có chính sách đổi mới hoạt động thư viện, bảo tàng ~ phát triển văn hóa đọc ~ đưa điện ảnh về vùng nông thôn
T|SVHTTDL|điểm du lịch cộng đồng của tỉnh thiếu đường vào, nhà vệ sinh ~ tỉnh chưa quảng bá các lễ hội, đặc sản của đồng bào ~ hướng dẫn viên du lịch tự do hoạt động không có thẻ|đầu tư hạ tầng điểm du lịch cộng đồng ~ quảng bá du lịch của tỉnh ~ kiểm tra hoạt động hướng dẫn viên
T|SVHTTDL|giải thể thao phong trào của tỉnh tổ chức ít, kinh phí thấp ~ vận động viên năng khiếu của tỉnh không được đãi ngộ ~ các câu lạc bộ thể thao quần chúng không có sân tập|tổ chức giải thể thao phong trào ~ có chế độ cho vận động viên năng khiếu ~ bố trí sân tập cho câu lạc bộ
X|UBND-X|thư viện, tủ sách của xã không có sách mới, đóng cửa suốt ~ đội văn nghệ của thôn thiếu nhạc cụ, trang phục ~ xã không tổ chức hoạt động vui chơi cho trẻ em dịp hè|bổ sung sách cho tủ sách xã ~ hỗ trợ nhạc cụ cho đội văn nghệ ~ tổ chức sinh hoạt hè cho thiếu nhi

## dan-toc-ton-giao
TU|BDTTG|chính sách tín dụng ưu đãi cho hộ đồng bào dân tộc thiểu số chưa đủ để phát triển sản xuất ~ đồng bào vùng cao thiếu đất sản xuất, phải đi làm thuê ~ các dự án phát triển sinh kế cho đồng bào chưa phù hợp tập quán|tăng nguồn vốn tín dụng ưu đãi cho đồng bào dân tộc ~ có chính sách giao đất sản xuất cho đồng bào ~ thiết kế dự án sinh kế phù hợp tập quán
T|SNV|lễ hội tôn giáo ở cơ sở thờ tự lớn thu hút đông người, mất trật tự ~ việc quyên góp công đức tại chùa, nhà thờ không công khai ~ cơ sở tín ngưỡng tổ chức lên đồng, hầu đồng mang tính thương mại|hướng dẫn cơ sở tôn giáo bảo đảm trật tự lễ hội ~ quản lý tiền công đức minh bạch ~ chấn chỉnh hoạt động tín ngưỡng thương mại hóa
X|UBND-X|người dân tộc ở {village} không đọc được thông báo bằng tiếng phổ thông ~ cán bộ xã không biết tiếng dân tộc, khó làm việc với đồng bào ~ đồng bào ở bản xa không được phổ biến chính sách mới|thông báo bằng tiếng dân tộc ~ bồi dưỡng tiếng dân tộc cho cán bộ xã ~ tổ chức phổ biến chính sách tại bản

## khieu-nai-to-cao
TU|TTCP|quy định thời hiệu khiếu nại chưa tính đến người dân ở vùng sâu không nắm luật ~ nhiều quyết định giải quyết khiếu nại có hiệu lực nhưng không được thi hành ~ chưa có cơ chế giám sát việc thi hành quyết định giải quyết khiếu nại|xem xét lại quy định thời hiệu khiếu nại ~ bảo đảm thi hành quyết định giải quyết khiếu nại ~ có cơ chế giám sát thi hành
T|TTT|tố cáo cán bộ thuế nhận tiền của hộ kinh doanh để hạ mức thuế ~ tố cáo cán bộ văn phòng đăng ký đất đai đòi tiền bồi dưỡng ~ tố cáo cán bộ sở xây dựng làm ngơ cho công trình sai phép|thanh tra, xác minh nội dung tố cáo ~ xử lý cán bộ nhũng nhiễu ~ công khai kết quả xử lý
T|UBND-T|khiếu nại việc chủ tịch xã không thụ lý đơn khiếu nại của gia đình ~ khiếu nại việc người giải quyết khiếu nại lần đầu không tổ chức đối thoại ~ khiếu nại quyết định giải quyết khiếu nại lần đầu không đúng pháp luật|xem xét giải quyết khiếu nại theo thẩm quyền ~ tổ chức đối thoại với người khiếu nại ~ tạm đình chỉ thi hành quyết định bị khiếu nại
X|UBND-X|khiếu nại việc công an xã xử phạt gia đình không đúng ~ tố cáo công chức văn phòng xã xúc phạm người dân tại trụ sở ~ khiếu nại việc xã cắt điện, nước của gia đình không có căn cứ|xem xét lại quyết định xử phạt ~ xác minh và xử lý cán bộ ~ khôi phục điện nước cho gia đình
X|UBND-X|tố cáo cán bộ xã nhận tiền để làm giấy xác nhận sai ~ tố cáo hiệu trưởng trường tiểu học thu tiền phụ huynh sai quy định ~ tố cáo trưởng trạm y tế xã bớt xén thuốc|xác minh nội dung tố cáo ~ xử lý người vi phạm ~ thông báo kết quả cho người tố cáo

## dat-dai
TU|BNNMT|quy định về đất ở có vườn ao trong cùng thửa chưa rõ, mỗi nơi công nhận hạn mức đất ở khác nhau ~ người dân không được cấp sổ đỏ cho phần đất ao, đất vườn liền kề ~ nhiều thửa đất bị ghi nhầm loại đất khi cấp giấy từ trước|hướng dẫn thống nhất việc công nhận đất ở có vườn ao ~ cho phép điều chỉnh loại đất ghi sai trên giấy chứng nhận ~ sửa đổi quy định hạn mức công nhận đất ở
X|UBND-X|gia đình tôi làm nhà trên đất ông bà để lại, nay xã bảo là đất công ~ xã tự ý đổ cát san nền trên đất ruộng của gia đình để làm sân thể thao ~ hộ dân được xã cho mượn đất làm ki ốt nay không chịu trả|xác minh nguồn gốc đất của gia đình ~ bồi thường khi sử dụng đất ruộng của dân ~ thu hồi đất xã cho mượn

## moi-truong
T|SNNMT|cơ sở tái chế nhựa, tái chế ắc quy gây ô nhiễm không khí cả xã ~ làng nghề tái chế giấy xả nước thải đen ngòm ra sông ~ bãi chứa chất thải nguy hại của doanh nghiệp không được che chắn|kiểm tra, đình chỉ cơ sở tái chế gây ô nhiễm ~ đầu tư hệ thống xử lý nước thải làng nghề ~ xử lý việc lưu chứa chất thải nguy hại
X|UBND-X|ao làng bị người dân vứt rác, nước bốc mùi hôi ~ kênh nhỏ chảy qua khu dân cư đầy bèo, rác và xác động vật ~ hộ dân xả nước thải sinh hoạt trực tiếp ra ao chung|nạo vét, cải tạo ao làng ~ vệ sinh kênh qua khu dân cư ~ yêu cầu hộ dân làm bể tự hoại

## giao-thong
X|UBND-X|con đường ven kênh trong {village} không có lan can, nhiều người đi xe máy bị ngã xuống kênh ~ đường dốc vào bản không có biển cảnh báo ~ khúc cua trước trường học có gương cầu lồi bị vỡ|làm lan can đường ven kênh ~ lắp biển cảnh báo đường dốc ~ thay gương cầu lồi

## y-te
TU|BYT|quy định về quản lý trang thiết bị y tế, sinh phẩm xét nghiệm còn chồng chéo ~ nhiều bệnh viện công thiếu máy móc vì vướng thủ tục mua sắm ~ quy định xã hội hóa, liên doanh đặt máy tại bệnh viện chưa rõ|hướng dẫn rõ quy định quản lý trang thiết bị y tế ~ tháo gỡ thủ tục mua sắm cho bệnh viện ~ ban hành quy định về liên doanh đặt máy
X|UBND-X|nhà thuốc trong phường bán thuốc kê đơn không cần đơn ~ hộ dân bán thuốc nam, thuốc gia truyền không rõ nguồn gốc ở chợ ~ người bán hàng rong rao bán thực phẩm chức năng chữa bách bệnh|kiểm tra nhà thuốc bán thuốc không đơn ~ xử lý việc bán thuốc không rõ nguồn gốc ~ cảnh báo người dân về thực phẩm chức năng

## bao-hiem
T|BHXH-T|cơ quan bảo hiểm xã hội tỉnh chậm cấp lại sổ bảo hiểm bị mất ~ người lao động có nhiều sổ bảo hiểm chưa được gộp ~ sổ bảo hiểm xã hội ghi sai tên, sai số căn cước|cấp lại sổ bảo hiểm xã hội ~ gộp quá trình đóng bảo hiểm ~ điều chỉnh thông tin trên sổ bảo hiểm
X|UBND-X|người già trong xã nhận lương hưu tại điểm chi trả ở bưu điện phải xếp hàng từ sáng sớm ~ điểm chi trả lương hưu của xã chuyển ra xa, người già đi lại khó ~ người hưởng lương hưu ốm liệt giường không được chi trả tại nhà|bố trí thêm điểm chi trả lương hưu ~ giữ điểm chi trả gần dân ~ chi trả lương hưu tại nhà cho người ốm yếu

## giao-duc
TU|BGDDT|quy định về sĩ số học sinh tối đa mỗi lớp không thực hiện được ở đô thị ~ tỷ lệ giáo viên trên lớp thấp khiến giáo viên dạy quá giờ ~ định mức biên chế giáo viên mầm non chưa hợp lý|có giải pháp giảm sĩ số lớp học ở đô thị ~ điều chỉnh định mức giáo viên trên lớp ~ sửa đổi định mức biên chế mầm non
T|SGDDT|nhà trường yêu cầu học sinh lớp mười hai học thêm buổi chiều có thu tiền ~ sở giáo dục chưa thanh tra việc dạy thêm ở các trường THPT ~ giáo viên trường THPT ép học sinh học tại trung tâm của người nhà|thanh tra việc dạy thêm tại các trường THPT ~ xử lý giáo viên ép học sinh học thêm ~ chấn chỉnh việc thu tiền học buổi chiều

## lao-dong-xa-hoi
T|SNV|nhiều lao động ở tỉnh đi làm việc cho công ty nước ngoài bị nợ lương ~ khu công nghiệp của tỉnh chưa có nhà trẻ cho con công nhân ~ công đoàn cơ sở không bảo vệ được quyền lợi công nhân|can thiệp để công nhân được trả lương ~ xây nhà trẻ cho con công nhân ~ củng cố hoạt động công đoàn
X|UBND-X|người khuyết tật trong {village} muốn xin xe lăn, dụng cụ hỗ trợ ~ gia đình có hai con khuyết tật chưa được hỗ trợ kinh phí chăm sóc ~ người khuyết tật không có việc làm, muốn được học nghề|hỗ trợ xe lăn cho người khuyết tật ~ hỗ trợ kinh phí chăm sóc ~ giới thiệu học nghề cho người khuyết tật

## nong-nghiep
T|SNNMT|trạm khuyến nông sau sắp xếp không còn cán bộ xuống đồng ~ chương trình khuyến nông của tỉnh ít, không đến được nông dân vùng xa ~ nông dân trồng rau an toàn không được hỗ trợ chứng nhận|bố trí cán bộ khuyến nông về cơ sở ~ mở rộng chương trình khuyến nông ~ hỗ trợ chứng nhận sản xuất an toàn
X|UBND-X|hợp tác xã nông nghiệp của xã bán phân bón cho xã viên giá cao hơn ngoài thị trường ~ máy cày của hợp tác xã làm đất không đúng lịch ~ hợp tác xã không công khai quyết toán dịch vụ làm đất|kiểm tra giá phân bón của hợp tác xã ~ bố trí lịch làm đất hợp lý ~ công khai quyết toán của hợp tác xã

## tai-chinh-thue
TU|BTC|quy định quản lý quỹ ngoài ngân sách, quỹ vận động ở cơ sở chưa chặt ~ quy định về mức chi hội nghị, công tác phí không còn phù hợp ~ mức chi cho hoạt động của Ban công tác Mặt trận ở khu dân cư quá thấp|ban hành quy định quản lý quỹ ở cơ sở ~ điều chỉnh định mức chi công tác ~ nâng mức chi cho Ban công tác Mặt trận
T|THUE-T|cơ quan thuế tính thuế cho thuê nhà trọ khi người dân không có thu nhập ~ người bán hàng online bị yêu cầu kê khai thuế nhưng không được hướng dẫn ~ thông báo nợ thuế gửi nhầm địa chỉ sau sáp nhập|xem xét lại việc tính thuế cho thuê nhà ~ hướng dẫn kê khai thuế bán hàng online ~ cập nhật địa chỉ khi gửi thông báo thuế

## an-ninh-trat-tu
T|CA-T|học sinh, sinh viên bị lôi kéo vào đường dây lừa đảo việc làm online ~ đối tượng giả danh cán bộ thuế, điện lực gọi điện lừa cài ứng dụng ~ nhiều người bị lừa bán sang nước ngoài làm việc cho các sòng bạc|điều tra, triệt phá đường dây lừa đảo ~ cảnh báo thủ đoạn lừa đảo cho người dân ~ giải cứu người bị lừa bán
X|CA-X|người lạ đến {village} thu mua đồ cũ nhưng dò xét nhà dân ~ nhóm người đi xe không biển số chạy tốc độ cao trong xóm ban đêm ~ trẻ em trong khu phố tụ tập chơi điện tử, đánh nhau|tăng cường tuần tra, kiểm tra người lạ ~ xử lý xe không biển số ~ phối hợp gia đình quản lý trẻ em

## xay-dung-do-thi
T|SXD|hệ thống chiếu sáng công cộng của thành phố nhiều tuyến không hoạt động ~ cây xanh đô thị trồng sai chủng loại, rễ làm vỡ vỉa hè ~ công viên thành phố xuống cấp, thiết bị hư hỏng|sửa chữa hệ thống chiếu sáng công cộng ~ thay thế cây xanh không phù hợp ~ cải tạo công viên
X|UBND-X|gia đình xin phép sửa chữa nhà nhưng phường hẹn mãi không giải quyết ~ nhà tôi nằm trong quy hoạch, xin làm nhà tạm cũng không được ~ phường yêu cầu tháo dỡ mái che trước nhà dù đã làm từ lâu|giải quyết hồ sơ sửa chữa nhà ~ cho phép xây dựng nhà tạm ~ xem xét lại yêu cầu tháo dỡ

## cong-thuong-dien
T|SCT|tỉnh chưa có kế hoạch phát triển cụm công nghiệp, nhiều cơ sở sản xuất nằm trong khu dân cư ~ doanh nghiệp ở cụm công nghiệp chưa được cấp điện ba pha ~ hạ tầng cụm công nghiệp đầu tư dở dang|lập kế hoạch phát triển cụm công nghiệp ~ cấp điện cho doanh nghiệp ~ hoàn thiện hạ tầng cụm công nghiệp
X|UBND-X|quán ăn trong {alley} dùng bình gas lớn không bảo đảm an toàn ~ cửa hàng điện máy bày hàng lấn ra vỉa hè ~ tiệm vàng trong chợ xã cân thiếu, bán vàng kém chất lượng|kiểm tra an toàn sử dụng gas ~ xử lý hàng lấn vỉa hè ~ kiểm tra đo lường tại tiệm vàng

## ngan-hang-tin-dung
TU|NHNN|thị trường vàng biến động mạnh, chênh lệch giá vàng trong nước và thế giới lớn ~ người dân mua vàng không có hóa đơn ~ tình trạng mua bán ngoại tệ tự do chưa được quản lý|có giải pháp ổn định thị trường vàng ~ yêu cầu cửa hàng vàng xuất hóa đơn ~ quản lý chặt mua bán ngoại tệ
T|NHNN-KV|ngân hàng từ chối cho vay mua nhà dù khách hàng đủ điều kiện ~ quỹ tín dụng nhân dân ở xã chậm trả tiền gửi cho người dân ~ chi nhánh ngân hàng áp lãi phạt quá hạn sai quy định|kiểm tra việc từ chối cho vay ~ thanh tra quỹ tín dụng nhân dân ~ xử lý việc tính lãi phạt sai

## noi-vu-can-bo
TU|BNV|quy định về bố trí cán bộ không là người địa phương giữ chức vụ chủ chốt ở xã còn vướng ~ chế độ cho cán bộ luân chuyển xa nhà chưa tương xứng ~ việc đánh giá cán bộ luân chuyển chưa rõ|hướng dẫn bố trí cán bộ không là người địa phương ~ nâng chế độ cho cán bộ luân chuyển ~ quy định rõ đánh giá cán bộ luân chuyển
X|UBND-X|cán bộ xã không trả lời tin nhắn, điện thoại đường dây nóng của người dân ~ số điện thoại đường dây nóng của phường không ai nghe máy ~ hòm thư góp ý ở trụ sở xã bị khóa, không ai mở|bố trí người trực đường dây nóng ~ trả lời phản ánh của người dân ~ mở hòm thư góp ý định kỳ

## tu-phap
T|STP|thủ tục chứng thực hợp đồng ở văn phòng công chứng của tỉnh chờ lâu ~ công chứng viên yêu cầu người dân bổ sung giấy tờ không cần thiết ~ văn phòng công chứng mới mở ở xã chưa đủ công chứng viên|rút ngắn thời gian công chứng ~ chấn chỉnh việc yêu cầu giấy tờ ~ bổ sung công chứng viên
X|UBND-X|gia đình tôi nhờ xã xác nhận văn bản thỏa thuận chia thừa kế nhưng bị từ chối ~ xã không chứng thực hợp đồng thuê nhà của người dân ~ bộ phận một cửa xã trả kết quả chứng thực sai tên|hướng dẫn thủ tục chứng thực văn bản thừa kế ~ chứng thực hợp đồng thuê nhà ~ điều chỉnh kết quả chứng thực

## thong-tin-truyen-thong
T|SVHTTDL|tín hiệu truyền hình mặt đất ở vùng núi của tỉnh bị mất sau khi tắt sóng analog ~ hộ nghèo chưa được hỗ trợ đầu thu truyền hình số ~ nhà mạng tăng cước truyền hình cáp không thông báo|khắc phục vùng lõm sóng truyền hình ~ hỗ trợ đầu thu cho hộ nghèo ~ kiểm tra việc tăng cước
X|UBND-X|đường dây điện thoại cố định của thôn hỏng lâu ngày ~ trong {village} sóng điện thoại rất yếu, phải ra đầu làng mới gọi được ~ nhân viên nhà mạng đến lắp cáp thu tiền không có hóa đơn|báo nhà mạng sửa đường dây ~ đề nghị nhà mạng tăng cường sóng ~ kiểm tra việc thu tiền lắp cáp

## van-hoa-the-thao-du-lich
TU|BVHTTDL|chính sách hỗ trợ xây dựng thiết chế văn hóa ở nông thôn còn thấp ~ nhà văn hóa xã sau sáp nhập xây xong không sử dụng ~ quy định chuẩn thiết chế văn hóa cơ sở chưa phù hợp vùng núi|tăng hỗ trợ xây dựng thiết chế văn hóa ~ có hướng dẫn sử dụng hiệu quả nhà văn hóa ~ sửa đổi chuẩn thiết chế văn hóa
X|UBND-X|giải kéo co, đánh đu của hội làng không có người bảo đảm an toàn ~ lễ hội làng tổ chức đua thuyền không có áo phao cho người tham gia ~ giải bóng chuyền của thôn bị cá cược|bố trí người bảo đảm an toàn trò chơi dân gian ~ bảo đảm an toàn khi tổ chức đua thuyền ~ ngăn chặn cá cược trong thể thao

## dan-toc-ton-giao
T|SNV|tỉnh chưa công nhận thôn đặc biệt khó khăn mới sau sáp nhập ~ hộ đồng bào ở thôn vừa ra khỏi danh sách đặc biệt khó khăn mất nhiều chính sách ~ đồng bào dân tộc ở xã biên giới chưa được hỗ trợ gạo|rà soát công nhận thôn đặc biệt khó khăn ~ có chính sách chuyển tiếp cho hộ đồng bào ~ hỗ trợ gạo cho đồng bào biên giới
X|UBND-X|chức sắc tôn giáo đề nghị xã cho sửa chữa nhà nguyện bị dột ~ giáo dân xin tổ chức lễ Giáng sinh ở sân nhà thờ có dựng rạp ra đường ~ nhà chùa trong thôn xin xác nhận để làm thủ tục xây tường rào|hướng dẫn thủ tục sửa chữa cơ sở tôn giáo ~ bảo đảm trật tự khi tổ chức lễ ~ xác nhận hồ sơ cho nhà chùa

## khieu-nai-to-cao
TU|TTCP|công dân tố cáo cán bộ cấp tỉnh có dấu hiệu tham nhũng nhưng địa phương chậm xử lý ~ quy định xử lý đơn tố cáo nặc danh có nội dung rõ chưa thống nhất ~ nhiều kết luận giải quyết tố cáo không được công khai|chỉ đạo xác minh tố cáo cán bộ cấp tỉnh ~ hướng dẫn xử lý tố cáo nặc danh có bằng chứng ~ công khai kết luận giải quyết tố cáo
T|TTT|tố cáo chủ tịch phường lợi dụng chức vụ cho người nhà trúng thầu công trình ~ tố cáo lãnh đạo xã ký khống hồ sơ hỗ trợ thiên tai ~ tố cáo nguyên chủ tịch xã bán đất công trái thẩm quyền|thanh tra, xác minh tố cáo ~ xử lý nghiêm lãnh đạo xã sai phạm ~ thu hồi tiền, đất bị chiếm đoạt

## khac
TU|VPCP|đề nghị Chính phủ có chính sách cho người dân vùng bị ảnh hưởng chiến tranh biên giới ~ cử tri đề nghị quan tâm hơn đến vùng căn cứ cách mạng ~ đề nghị ưu tiên đầu tư cho các xã an toàn khu|có chính sách cho vùng bị ảnh hưởng chiến tranh ~ quan tâm đầu tư vùng căn cứ cách mạng ~ ưu tiên đầu tư cho xã an toàn khu
T|UBND-T|cử tri đề nghị tỉnh công khai kết quả thực hiện các công trình trọng điểm ~ đề nghị tỉnh tổ chức đối thoại với doanh nghiệp, người dân định kỳ ~ đề nghị tỉnh có kênh tiếp nhận phản ánh trực tuyến hiệu quả hơn|công khai tiến độ công trình trọng điểm ~ tổ chức đối thoại định kỳ ~ nâng cấp kênh tiếp nhận phản ánh
X|UBND-X|người dân nhặt được ví tiền, giấy tờ muốn gửi lại cho người mất ~ người dân hỏi nơi nhận lại giấy tờ bị thất lạc khi đi làm thủ tục ~ bà con muốn biết xã có tổ chức đón người già đi khám miễn phí không|hướng dẫn nơi gửi lại tài sản nhặt được ~ thông báo nơi nhận giấy tờ thất lạc ~ thông tin chương trình khám miễn phí

## an-ninh-trat-tu
TU|BQP|chế độ phụ cấp cho dân quân thường trực, dân quân cơ động còn thấp ~ dân quân tham gia huấn luyện bị mất thu nhập, không được bù ~ quy định về trang phục, chế độ bảo hiểm cho dân quân tự vệ chưa đầy đủ|nâng mức phụ cấp dân quân tự vệ ~ hỗ trợ thu nhập cho dân quân khi huấn luyện ~ bổ sung chế độ bảo hiểm cho dân quân
TU|BQP|thanh niên đi nghĩa vụ quân sự về địa phương khó tìm việc làm ~ quân nhân xuất ngũ chưa được ưu tiên tuyển dụng như quy định ~ chính sách hỗ trợ học nghề cho bộ đội xuất ngũ chưa hiệu quả|có chính sách việc làm cho quân nhân xuất ngũ ~ thực hiện ưu tiên tuyển dụng bộ đội xuất ngũ ~ hỗ trợ học nghề cho quân nhân xuất ngũ
TU|BCA|quy định về đăng ký cư trú sau khi bỏ sổ hộ khẩu còn vướng khi làm thủ tục ~ dữ liệu dân cư sai thông tin nhưng điều chỉnh mất nhiều thời gian ~ thẻ căn cước cấp chậm cho người ở xa nơi đăng ký thường trú|hướng dẫn thống nhất thủ tục cư trú ~ đơn giản hóa điều chỉnh dữ liệu dân cư ~ cho phép cấp căn cước ở nơi tạm trú
TU|BCA|quy định xử phạt người điều khiển phương tiện có nồng độ cồn chưa phân biệt mức độ ~ thủ tục nộp phạt vi phạm giao thông trực tuyến chưa thuận tiện ~ phương tiện bị tạm giữ quá lâu chờ xử lý vi phạm|xem xét lại khung phạt nồng độ cồn ~ mở rộng nộp phạt trực tuyến ~ rút ngắn thời gian tạm giữ phương tiện
TU|BCA|trại giam, trại tạm giam quá tải ~ người chấp hành xong án phạt tù tái hòa nhập cộng đồng khó khăn ~ quy định đặc xá chưa công khai tiêu chí|đầu tư cơ sở giam giữ ~ có chính sách hỗ trợ người mãn hạn tù tái hòa nhập ~ công khai tiêu chí đặc xá
T|CA-T|vụ cháy nhà dân ở khu phố, xe chữa cháy không vào được vì ngõ hẹp ~ nhiều nhà ống trong khu dân cư không có lối thoát hiểm ~ chợ của tỉnh không có hệ thống báo cháy|kiểm tra an toàn phòng cháy khu dân cư ~ hướng dẫn người dân làm lối thoát hiểm ~ lắp hệ thống báo cháy tại chợ
T|CA-T|đối tượng buôn bán pháo nổ qua mạng xã hội giao hàng tận nhà ~ tình trạng tàng trữ, sử dụng vũ khí tự chế trong thanh niên ~ cơ sở kinh doanh đồ chơi bạo lực, súng hơi bán công khai|triệt phá đường dây buôn bán pháo nổ ~ thu hồi vũ khí tự chế ~ kiểm tra cơ sở bán súng hơi
T|CA-T|gia đình có người thân bị tạm giữ nhưng không được thông báo ~ cán bộ điều tra có thái độ ép cung người bị tạm giữ ~ vụ án cố ý gây thương tích của gia đình đã giám định nhưng chưa khởi tố|thông báo cho gia đình người bị tạm giữ ~ kiểm tra việc điều tra đúng pháp luật ~ xem xét khởi tố vụ án
X|CA-X|đám thanh niên dùng dao, gậy đánh nhau trước cổng trường THCS ~ học sinh bị nhóm bạn chặn đường đòi tiền ~ người lạ dụ dỗ trẻ em ở sân chơi trong khu phố|tăng cường bảo vệ an ninh quanh trường học ~ xử lý nhóm học sinh đòi tiền ~ cảnh giác với người lạ dụ dỗ trẻ em
X|CA-X|hàng xóm cãi nhau, chửi bới, đe dọa gia đình tôi ~ người say rượu thường xuyên đập cửa nhà hàng xóm ban đêm ~ con nghiện trong xóm trộm đồ của gia đình rồi bán|giải quyết mâu thuẫn, răn đe người đe dọa ~ xử lý người say rượu gây rối ~ đưa người nghiện đi cai
X|CA-X|công an xã chưa xác minh đơn trình báo mất trộm của gia đình ~ người dân báo có người đánh bạc tại nhà riêng nhưng công an xã chưa kiểm tra ~ công an phường làm căn cước cho người già tại nhà còn chậm|xác minh đơn trình báo ~ kiểm tra tụ điểm đánh bạc ~ tổ chức làm căn cước lưu động cho người già

## khac
TU|VPCP|đề nghị Chính phủ quy định thống nhất ngày nghỉ lễ, nghỉ bù trong năm ~ cử tri đề nghị cho người lao động nghỉ thêm ngày Giỗ Tổ, Tết ~ đề nghị bố trí lịch nghỉ lễ sớm để người dân chủ động|ban hành lịch nghỉ lễ sớm ~ xem xét tăng ngày nghỉ Tết ~ thống nhất quy định nghỉ bù
TU|VPCP|cử tri đề nghị tiếp tục cắt giảm thủ tục hành chính, giấy tờ không cần thiết ~ thủ tục hành chính liên thông giữa các bộ chưa thông suốt ~ người dân vẫn phải photo, công chứng nhiều giấy tờ dù đã có dữ liệu dân cư|tiếp tục cắt giảm thủ tục hành chính ~ liên thông thủ tục giữa các bộ ~ không yêu cầu giấy tờ đã có trong cơ sở dữ liệu
TU|MTTQTW|cử tri đề nghị Mặt trận tăng cường giám sát cán bộ, đảng viên nơi cư trú ~ vai trò của Ban thanh tra nhân dân, Ban giám sát đầu tư cộng đồng còn mờ nhạt ~ cuộc vận động người Việt ưu tiên dùng hàng Việt chưa sâu rộng|tăng cường giám sát của Mặt trận ~ nâng cao hiệu quả Ban thanh tra nhân dân ~ đẩy mạnh cuộc vận động dùng hàng Việt
T|UBND-T|đề nghị tỉnh có chính sách thu hút đầu tư về các xã vùng khó khăn ~ đề nghị tỉnh công bố quy hoạch tỉnh sau sáp nhập để người dân biết ~ đề nghị tỉnh sớm ban hành đề án phát triển kinh tế xã hội của các đặc khu|có chính sách thu hút đầu tư ~ công bố quy hoạch tỉnh mới ~ ban hành đề án phát triển đặc khu
T|MTTQ-T|tiền ủng hộ người dân vùng bão lụt qua Mặt trận tỉnh chưa được công khai ~ quỹ vì người nghèo của tỉnh phân bổ chưa đúng đối tượng ~ người dân muốn biết số tiền ủng hộ đã chuyển tới đâu|công khai tiền ủng hộ ~ rà soát phân bổ quỹ vì người nghèo ~ thông tin kết quả sử dụng tiền ủng hộ
X|UBND-X|người dân hỏi khi nào có lịch họp dân bàn về kế hoạch năm sau ~ bà con muốn góp ý dự thảo văn bản của xã nhưng không biết gửi đâu ~ người dân đề nghị xã lắp hòm thư góp ý ở nhà văn hóa thôn|thông báo lịch họp dân ~ hướng dẫn người dân góp ý ~ lắp hòm thư góp ý
X|MTTQ-X|ban công tác mặt trận thôn không tổ chức ngày hội đại đoàn kết ~ việc bình xét gia đình văn hóa ở thôn làm hình thức ~ Mặt trận xã vận động quyên góp nhưng không công khai|tổ chức ngày hội đại đoàn kết ~ bình xét gia đình văn hóa thực chất ~ công khai tiền quyên góp
X|UBND-X|gia đình tôi mới chuyển về, muốn biết nhà mình thuộc thôn nào sau sáp nhập ~ hai thôn sáp nhập tranh cãi về tên gọi thôn mới ~ người dân đề nghị giữ lại tên làng cổ sau sáp nhập|thông báo địa giới thôn mới ~ lấy ý kiến đặt tên thôn ~ giữ tên làng truyền thống

## nong-nghiep
TU|BNNMT|chính sách hỗ trợ phát triển sản phẩm OCOP chưa sát thực tế ~ nhiều sản phẩm OCOP không tiêu thụ được sau khi công nhận ~ quy trình đánh giá sản phẩm OCOP còn phức tạp|điều chỉnh chính sách hỗ trợ OCOP ~ hỗ trợ tiêu thụ sản phẩm OCOP ~ đơn giản hóa đánh giá OCOP
T|SNNMT|trạm thú y sau sắp xếp không còn cán bộ tiêm phòng cho gia súc ~ vắc xin dại cho chó mèo không được cấp cho các xã ~ dịch bệnh trên tôm nuôi lan rộng nhưng chưa có hướng dẫn xử lý|bố trí cán bộ thú y cho các xã ~ cấp vắc xin dại ~ hướng dẫn phòng dịch bệnh tôm
X|UBND-X|tổ hợp tác trồng lúa của thôn chưa được hỗ trợ máy sấy lúa ~ cánh đồng mẫu lớn của xã không có ai bao tiêu ~ nông dân trong thôn bỏ ruộng hoang vì trồng lúa không có lãi|hỗ trợ máy sấy lúa ~ kết nối doanh nghiệp bao tiêu ~ có giải pháp chống bỏ ruộng hoang
X|UBND-X|bờ ao nuôi cá của gia đình bị sạt do nước từ ruộng bên cạnh tràn sang ~ đàn vịt của hộ bên cạnh phá lúa mới cấy ~ người dân đánh bắt cá bằng xung điện trên kênh của thôn|giải quyết việc nước tràn gây sạt bờ ao ~ yêu cầu hộ nuôi vịt quản lý đàn ~ xử lý việc đánh bắt cá bằng xung điện

## tai-chinh-thue
T|STC|tỉnh chưa bố trí kinh phí sửa chữa các trường học, trạm y tế xuống cấp ~ ngân sách tỉnh cắt giảm kinh phí sự nghiệp giáo dục ~ dự toán ngân sách năm của các xã sau sáp nhập giao chậm|bố trí kinh phí sửa chữa công trình công ~ bảo đảm kinh phí sự nghiệp ~ giao dự toán ngân sách sớm cho các xã
T|THUE-T|hộ kinh doanh nộp thuế qua ngân hàng nhưng cơ quan thuế vẫn báo nợ ~ mã số thuế cá nhân bị trùng sau khi chuyển sang dùng số định danh ~ hộ kinh doanh tạm ngừng nhưng vẫn bị tính thuế|đối soát khoản thuế đã nộp ~ sửa lỗi mã số thuế trùng ~ miễn thuế thời gian tạm ngừng kinh doanh
X|UBND-X|phường thu phí vỉa hè với hộ kinh doanh không rõ căn cứ ~ ban quản lý chợ xã thu tiền điện của tiểu thương cao hơn giá quy định ~ thôn thu tiền làm đường từ hộ không có nhà ở thôn|công khai căn cứ thu phí vỉa hè ~ thu tiền điện đúng giá ~ chỉ thu của hộ thuộc diện đóng góp
TU|BTC|bảo hiểm bắt buộc xe máy mua hằng năm nhưng người dân ít được bồi thường ~ nhiều doanh nghiệp bảo hiểm nhân thọ từ chối chi trả quyền lợi ~ bán bảo hiểm nhân thọ kèm sản phẩm đầu tư gây thiệt hại cho khách|xem xét lại quy định bảo hiểm bắt buộc xe máy ~ thanh tra doanh nghiệp bảo hiểm nhân thọ ~ quản lý chặt bán bảo hiểm liên kết đầu tư

## xay-dung-do-thi
TU|BXD|quy định về quản lý nhà trọ, phòng cho thuê chưa có tiêu chuẩn an toàn tối thiểu ~ giá thuê nhà trọ ở đô thị tăng cao, công nhân khó khăn ~ chưa có cơ chế phát triển nhà cho thuê giá rẻ|ban hành tiêu chuẩn an toàn nhà trọ ~ có chính sách kiểm soát giá thuê nhà trọ ~ khuyến khích phát triển nhà cho thuê giá rẻ
T|SXD|công trình xây dựng trường học, trạm y tế của tỉnh chậm tiến độ ~ nhà thầu thi công công trình công ích ăn bớt vật liệu ~ công trình nhà văn hóa xây xong bị thấm dột|kiểm tra tiến độ và chất lượng công trình ~ xử lý nhà thầu vi phạm ~ bảo hành công trình
X|UBND-X|cây xanh trong khu phố mọc sát đường dây điện, có nguy cơ đổ ~ khu đất trống trong phường cỏ mọc um tùm, thành nơi đổ rác ~ nhà hoang trong {alley} bị tụ tập, xuống cấp|cắt tỉa cây xanh ~ phát quang khu đất trống ~ yêu cầu chủ nhà hoang sửa chữa, rào chắn
X|UBND-X|mặt bằng khu dân cư mới của xã chưa có đường nội bộ, điện chiếu sáng ~ hạ tầng khu giãn dân làm xong nhưng không có rãnh thoát nước ~ người dân được cấp đất khu giãn dân nhưng không làm nhà được vì chưa có hạ tầng|hoàn thiện hạ tầng khu dân cư mới ~ làm rãnh thoát nước khu giãn dân ~ đầu tư hạ tầng để người dân làm nhà

## noi-vu-can-bo
T|SNV|xét nâng ngạch, thăng hạng cho công chức viên chức của tỉnh chậm ~ thi thăng hạng giáo viên, bác sĩ tổ chức không thường xuyên ~ hồ sơ chuyển ngạch của công chức xã bị trả lại|tổ chức xét nâng ngạch, thăng hạng ~ tổ chức thi thăng hạng thường xuyên ~ hướng dẫn hồ sơ chuyển ngạch
T|SNV|thi đua khen thưởng ở các sở chủ yếu cho lãnh đạo ~ hồ sơ khen thưởng cho tập thể thôn đạt nông thôn mới bị chậm ~ người có thành tích cứu người chưa được khen thưởng|khen thưởng đúng người lao động trực tiếp ~ giải quyết hồ sơ khen thưởng ~ khen thưởng kịp thời người có hành động dũng cảm
X|UBND-X|lãnh đạo xã mới sau sáp nhập chưa gặp gỡ, đối thoại với dân ~ cán bộ phường xử lý công việc theo kiểu hành chính, thiếu gần dân ~ người dân không biết cán bộ nào phụ trách lĩnh vực gì sau sắp xếp|tổ chức đối thoại với nhân dân ~ chấn chỉnh tác phong cán bộ ~ công khai phân công nhiệm vụ cán bộ
TU|BNV|quy định về chế độ hưu trí cho cán bộ cấp xã trước đây chưa đóng bảo hiểm còn thiếu ~ cán bộ xã nghỉ việc trước năm 1998 chưa được hưởng chế độ ~ người hoạt động ở thôn nhiều năm không được tính thời gian công tác|có chính sách cho cán bộ xã trước đây ~ giải quyết chế độ cho cán bộ xã nghỉ trước năm 1998 ~ tính thời gian công tác cho người hoạt động ở thôn

## van-hoa-the-thao-du-lich
TU|BVHTTDL|bảo tồn nhà cổ, làng cổ gặp khó vì người dân muốn xây mới ~ chưa có chính sách hỗ trợ chủ nhà cổ tu bổ ~ nhiều công trình kiến trúc thời Pháp bị phá bỏ|có chính sách hỗ trợ bảo tồn nhà cổ ~ hỗ trợ chủ sở hữu tu bổ ~ bảo vệ công trình kiến trúc có giá trị
T|SVHTTDL|bảo tàng tỉnh sau sáp nhập chuyển đi xa, hiện vật bị xếp kho ~ di tích khảo cổ mới phát hiện chưa được khoanh vùng bảo vệ ~ tượng đài, bia tưởng niệm của tỉnh xuống cấp|bảo quản hiện vật của bảo tàng ~ khoanh vùng bảo vệ di tích khảo cổ ~ tu sửa tượng đài
X|UBND-X|thôn chưa có sân chơi, người già và trẻ em phải tập thể dục ngoài đường ~ dụng cụ tập thể dục ngoài trời ở công viên phường bị hỏng ~ sân bóng chuyền của thôn bị lấy làm nơi tập kết vật liệu|làm sân chơi cho thôn ~ sửa dụng cụ tập thể dục ~ trả lại sân bóng chuyền
X|UBND-X|hộ dân ở điểm du lịch của xã tự ý thu tiền vé, gửi xe của khách ~ khách du lịch xả rác ở thác nước của xã ~ người dân làm homestay ở bản không được hướng dẫn đăng ký|chấn chỉnh việc thu tiền tự phát ~ bố trí thu gom rác ở điểm du lịch ~ hướng dẫn đăng ký homestay

## giao-thong
T|SXD|tuyến xe buýt của tỉnh không có nhà chờ, mưa nắng người dân đứng đường ~ xe buýt chạy không đúng giờ, bỏ trạm ~ học sinh không có tuyến xe buýt đi học ở trường xa|lắp đặt nhà chờ xe buýt ~ chấn chỉnh hoạt động xe buýt ~ mở tuyến xe buýt cho học sinh
X|UBND-X|đường vào khu sản xuất của thôn chưa được làm, nông sản phải gánh bộ ~ cầu gỗ qua mương ra đồng bị mục ~ bà con góp tiền làm đường nhưng xã chưa đối ứng|làm đường vào khu sản xuất ~ thay cầu gỗ bằng cầu bê tông ~ bố trí vốn đối ứng làm đường
TU|BXD|quy định về phí đường bộ cao tốc thu theo km chưa hợp lý ~ cao tốc đầu tư nhà nước bắt đầu thu phí khi chưa có đủ trạm dừng nghỉ ~ trạm dừng nghỉ trên cao tốc thiếu, nhà vệ sinh quá tải|xem xét lộ trình thu phí cao tốc ~ đầu tư trạm dừng nghỉ trước khi thu phí ~ bổ sung trạm dừng nghỉ

## thong-tin-truyen-thong
TU|BKHCN|thủ tục đăng ký sáng chế, bảo hộ nhãn hiệu còn lâu ~ hàng giả nhãn hiệu nổi tiếng chưa được xử lý vì thiếu giám định sở hữu trí tuệ ~ chính sách hỗ trợ doanh nghiệp khởi nghiệp sáng tạo còn ít|rút ngắn thời gian cấp bằng sáng chế ~ tăng năng lực giám định sở hữu trí tuệ ~ hỗ trợ khởi nghiệp sáng tạo
T|SKHCN|cân điện tử ở chợ của tỉnh không được kiểm định ~ trạm cân xe tải tự động không chính xác ~ đồng hồ đo xăng tại cây xăng chưa được kiểm định định kỳ|kiểm định cân tại các chợ ~ kiểm tra trạm cân ~ kiểm định đồng hồ đo xăng dầu
X|UBND-X|người dân mất tài khoản mạng xã hội, bị kẻ gian dùng để lừa người quen ~ người già trong thôn bị lừa cài ứng dụng giả trên điện thoại ~ nhóm zalo của thôn bị kẻ xấu phát tán đường link lừa đảo|tuyên truyền cách bảo vệ tài khoản ~ hướng dẫn người già nhận biết ứng dụng giả ~ cảnh báo đường link lừa đảo

## cong-thuong-dien
TU|BCT|chương trình đưa điện về các thôn bản chưa có điện chậm tiến độ ~ nhiều hộ ở hải đảo, vùng sâu vẫn chưa có điện lưới ~ chính sách cấp điện cho vùng xa chưa có vốn|đẩy nhanh chương trình cấp điện nông thôn ~ đầu tư cấp điện cho hải đảo ~ bố trí vốn cấp điện vùng xa
T|SCT|doanh nghiệp thu mua nông sản của tỉnh ép giá nông dân ~ thương lái nước ngoài thu mua nông sản rồi bỏ đi không trả tiền ~ hội chợ thương mại của tỉnh ít gian hàng nông sản|kiểm tra việc ép giá nông sản ~ cảnh báo thương lái không trả tiền ~ tạo điều kiện cho nông sản tham gia hội chợ
X|UBND-X|đèn chiếu sáng trong chợ phường hỏng, buổi tối tiểu thương phải tự thắp đèn ~ chợ xã không có nhà vệ sinh công cộng ~ ban quản lý chợ xã không bố trí chỗ cho người bán rau nhỏ lẻ|sửa đèn chiếu sáng chợ ~ xây nhà vệ sinh chợ ~ bố trí chỗ bán cho người bán nhỏ lẻ

## an-ninh-trat-tu
X|CA-X|xe tải chạy tốc độ cao qua khu dân cư đông trẻ em ~ thanh niên đua xe, nẹt pô ầm ĩ trên đường liên xã vào ban đêm ~ xe đậu đỗ kín hai bên {alley}, xe cứu thương không vào được|tổ chức tuần tra, xử lý vi phạm giao thông ~ đặt gờ giảm tốc, biển hạn chế tốc độ ~ xử lý xe đậu đỗ sai quy định
T|CA-T|xe khách chạy quá tốc độ, vượt ẩu trên quốc lộ qua tỉnh ~ xe đầu kéo đỗ dọc đường dẫn vào khu công nghiệp ban đêm không có đèn ~ tình trạng xe chở quá tải lưu thông công khai trên đường tỉnh|tăng cường tuần tra, xử lý vi phạm tốc độ ~ xử lý xe đỗ sai quy định ~ kiểm tra, xử phạt xe quá tải
X|CA-X|xe máy, xe đạp điện của học sinh đi hàng ba hàng bốn trước cổng trường ~ phụ huynh đỗ xe tràn lòng đường trước cổng trường tiểu học giờ tan học ~ nhiều hộ dựng rạp đám cưới chắn ngang đường không xin phép|phân luồng giao thông trước cổng trường giờ tan học ~ xử lý việc đỗ xe lấn lòng đường ~ nhắc nhở hộ dân dựng rạp chắn đường
TU|BCA|quy định bắt buộc ghế trẻ em trên ô tô chưa có hướng dẫn cụ thể ~ quy định về xe đạp điện, xe máy điện của học sinh chưa chặt ~ tai nạn giao thông liên quan đến rượu bia vẫn cao|hướng dẫn cụ thể quy định ghế trẻ em ~ quản lý chặt xe điện của học sinh ~ tăng cường kiểm tra nồng độ cồn

## ngan-hang-tin-dung
T|CA-T|đường dây cho vay nặng lãi lãi suất hàng trăm phần trăm hoạt động công khai trên địa bàn tỉnh ~ nhóm đòi nợ thuê tạt sơn, ném chất bẩn vào nhà dân ~ người vay tiền qua ứng dụng bị bêu riếu, khủng bố điện thoại người thân|triệt phá đường dây cho vay nặng lãi ~ xử lý nghiêm nhóm đòi nợ thuê ~ điều tra các ứng dụng cho vay khủng bố người vay

## an-ninh-trat-tu
T|CA-T|đối tượng trộm cắp tài sản liên tỉnh đột nhập các cửa hàng điện thoại ban đêm ~ băng nhóm trộm chó dùng súng bắn điện gây bức xúc ~ tình trạng trộm cắp mô tô, xe máy ở bãi giữ xe bệnh viện, chợ của tỉnh|triệt phá băng nhóm trộm cắp ~ xử lý nghiêm đối tượng trộm chó ~ tăng cường bảo vệ bãi giữ xe
TU|BCA|quy định về quản lý, sử dụng pháo hoa, pháo nổ dịp Tết chưa rõ ~ người dân tự chế pháo gây tai nạn thương tâm ~ mua bán pháo nổ qua biên giới khó kiểm soát|hướng dẫn rõ quy định sử dụng pháo hoa ~ tuyên truyền tác hại của pháo tự chế ~ kiểm soát buôn lậu pháo qua biên giới
X|CA-X|hộ dân trong {alley} tàng trữ nhiều can xăng để bán lẻ, nguy cơ cháy nổ ~ nhà trọ nhiều tầng trong khu phố không có bình chữa cháy ~ người dân câu móc điện, dây điện chằng chịt trong khu trọ dễ chập cháy|kiểm tra phòng cháy hộ bán xăng lẻ ~ yêu cầu nhà trọ trang bị bình chữa cháy ~ kiểm tra an toàn điện khu trọ

## tai-chinh-thue
X|UBND-X|trụ sở xã cũ bỏ không sau sáp nhập, xuống cấp, tài sản bên trong bị mất ~ xe ô tô của xã cũ để không, chưa thanh lý ~ bàn ghế, máy tính của trụ sở cũ không được kiểm kê|kiểm kê, quản lý tài sản công ở trụ sở cũ ~ thanh lý tài sản dôi dư theo quy định ~ công khai phương án sử dụng tài sản dôi dư
T|STC|tỉnh chưa có phương án sắp xếp nhà đất công dôi dư sau sáp nhập ~ nhiều trụ sở sở, ngành ở tỉnh cũ bỏ hoang ~ tài sản công dôi dư sau sáp nhập bị xuống cấp, mất mát|ban hành phương án xử lý nhà đất công dôi dư ~ chuyển trụ sở bỏ hoang cho trường học, trạm y tế ~ kiểm kê, bảo quản tài sản công
TU|BTC|giá cước vận chuyển, giá vé máy bay dịp Tết tăng quá cao ~ giá dịch vụ trông giữ xe ở bệnh viện, sân bay không được kiểm soát ~ giá sách giáo khoa, đồ dùng học tập tăng đầu năm học|kiểm soát giá vé dịp Tết ~ quản lý giá dịch vụ trông giữ xe ~ bình ổn giá sách giáo khoa

## khac
X|UBND-X|người dân phản ánh chung chung là ở thôn còn nhiều khó khăn, mong được quan tâm ~ bà con đề nghị xã cố gắng hơn nữa trong các mặt công tác ~ người dân mong chính quyền lắng nghe ý kiến nhân dân nhiều hơn|quan tâm, hỗ trợ bà con trong thôn ~ tiếp tục cải tiến các mặt công tác ~ lắng nghe ý kiến nhân dân
T|UBND-T|người dân đề nghị tỉnh cho biết kết quả thực hiện lời hứa của lãnh đạo tỉnh tại buổi đối thoại trước ~ người dân đề nghị tỉnh tổ chức hội nghị đối thoại với nông dân ~ người dân đề nghị tỉnh trả lời các câu hỏi gửi qua cổng thông tin của tỉnh|thông tin kết quả thực hiện ý kiến đối thoại ~ tổ chức đối thoại với nông dân ~ trả lời câu hỏi của người dân

## nong-nghiep
X|UBND-X|đàn ong mật của hộ nuôi bị chết do hộ bên cạnh phun thuốc trừ sâu ~ vườn cây ăn quả của gia đình bị bệnh vàng lá nhưng không có ai hướng dẫn ~ giống gà được xã phát bị chết gần hết|hướng dẫn phun thuốc trừ sâu an toàn ~ cử cán bộ hướng dẫn phòng bệnh cây trồng ~ kiểm tra chất lượng giống gà được phát

## xay-dung-do-thi
T|SXD|khu đô thị mới bàn giao nhà nhưng chưa có trường học, chợ như quy hoạch ~ chủ đầu tư khu đô thị chưa bàn giao hạ tầng cho địa phương quản lý ~ đường nội bộ khu đô thị xuống cấp vì không ai bảo trì|buộc chủ đầu tư xây dựng công trình hạ tầng xã hội ~ đôn đốc bàn giao hạ tầng khu đô thị ~ xác định trách nhiệm bảo trì đường nội bộ
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
# The ministry that answers each topic at central level (the first body of its trung-uong row in routing-rules.csv).
TOPIC_MINISTRY = {
    "dat-dai": "BNNMT", "moi-truong": "BNNMT", "giao-thong": "BXD", "y-te": "BYT", "bao-hiem": "BNV", "giao-duc": "BGDDT",
    "lao-dong-xa-hoi": "BNV", "nong-nghiep": "BNNMT", "tai-chinh-thue": "BTC", "an-ninh-trat-tu": "BCA",
    "xay-dung-do-thi": "BXD", "cong-thuong-dien": "BCT", "ngan-hang-tin-dung": "NHNN", "noi-vu-can-bo": "BNV",
    "tu-phap": "BTP", "thong-tin-truyen-thong": "BKHCN", "van-hoa-the-thao-du-lich": "BVHTTDL",
    "dan-toc-ton-giao": "BDTTG", "khieu-nai-to-cao": "TTCP", "khac": "VPCP",
}
# Share of provincial items whose voters address a central body (the label stays provincial).
MISADDRESSED_PROVINCIAL = 0.05
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


def bank_texts():
    """The first writer's banks above, then the files of banks/ by name (other writers, same format)."""
    texts = [BANK, BANK_MORE, BANK_WIDE]
    folder = os.path.join(HERE, "banks")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts.append(f.read())
    return texts


def parse_bank():
    situations = []
    for text in bank_texts():
        situations.extend(parse_situations(text))
    return situations


def parse_situations(text):
    situations = []
    topic = None
    for line in text.strip().splitlines():
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
            if r >= 1 - MISADDRESSED_PROVINCIAL:
                # NOTES 10: voters often put a provincial matter to the centre, and the ministry answers "this is
                # the province's competence"; the item stays provincial, so the addressee alone must not decide.
                ministry = TOPIC_MINISTRY[sit["topic"]]
                return self.pick(CENTRAL_ADDRESSEES.get(ministry, GENERIC_CENTRAL) + GENERIC_CENTRAL[:2])
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
