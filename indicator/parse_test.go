package indicator_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/openpar/cchc/indicator"
	"github.com/shopspring/decimal"
)

// want is what a target means, in the terms of the table.
type want struct {
	m       indicator.Measure
	c       indicator.Comparison
	v, hi   string // hi is empty unless c is Between
	subject string
	against string
	unit    string // checked when set
}

func describe(t indicator.Target) want {
	w := want{m: t.Measure(), c: t.Comparison(), v: t.Value().String(), subject: t.Subject(), against: t.Against(), unit: t.Unit()}
	if t.Comparison() == indicator.Between {
		w.hi = t.Upper().String()
	}
	return w
}

func (w want) matches(t indicator.Target) bool {
	got := describe(t)
	v := decimal.RequireFromString(w.v)
	if w.unit == "" {
		got.unit = ""
	}
	if w.hi != "" && !decimal.RequireFromString(w.hi).Equal(t.Upper()) {
		return false
	}
	return got.m == w.m && got.c == w.c && v.Equal(t.Value()) && got.hi != "" == (w.hi != "") &&
		got.subject == w.subject && got.against == w.against && got.unit == w.unit
}

const (
	pct    = indicator.MeasurePercent
	count  = indicator.MeasureCount
	amount = indicator.MeasureAmount
	growth = indicator.MeasureGrowth
	level  = indicator.MeasureLevel
	group  = indicator.MeasureGroup
	yesNo  = indicator.MeasureYesNo
	ge     = indicator.AtLeast
	gt     = indicator.MoreThan
	le     = indicator.AtMost
	lt     = indicator.LessThan
	eq     = indicator.Exactly
	band   = indicator.Between
)

// phraseCases holds the target phrases of the plans, cut out of their
// sentences, with what they mean. Seed 000 is Bắc Kạn 2011-2015 (its
// objectives, "I. MỤC TIÊU"), 001 Thái Nguyên 2017, 002 Bình Phước 2018 (a
// PDF extraction: the phrases are written as the plan reads, with the
// hyphens the extraction lost put back where they matter).
var phraseCases = []struct {
	seed, in string
	want     want
}{
	// The phrases the issue names.
	{"", "≥ 60%", want{m: pct, c: ge, v: "60"}},
	{"", "trên 50%", want{m: pct, c: gt, v: "50"}},
	{"", "tối thiểu 70%", want{m: pct, c: ge, v: "70"}},
	{"", "không dưới 60%", want{m: pct, c: ge, v: "60"}},
	{"", "đạt 100%", want{m: pct, c: ge, v: "100"}},
	{"", "100%", want{m: pct, c: ge, v: "100", unit: "%"}},
	{"", "ít nhất 3", want{m: count, c: ge, v: "3"}},
	{"", "tăng 30% so với năm trước", want{m: growth, c: ge, v: "30", against: "năm trước", unit: "%"}},
	{"", "giảm 10%", want{m: growth, c: le, v: "-10"}},
	{"", "cấp độ 3", want{m: level, c: ge, v: "3"}},
	{"", "từ 60% đến 80%", want{m: pct, c: band, v: "60", hi: "80"}},
	{"", "12,5%", want{m: pct, c: ge, v: "12.5"}},
	{"", "1.234", want{m: count, c: ge, v: "1234"}},
	{"", "Trên 60% người dân hài lòng", want{m: pct, c: gt, v: "60", subject: "người dân hài lòng"}},
	{"", "ít nhất 3 huyện", want{m: count, c: ge, v: "3", subject: "huyện"}},
	{"", "ít nhất 3 huyện và 8 sở kết nối", want{m: count, c: ge, v: "3", subject: "huyện"}},
	{"", "Số doanh nghiệp thành lập mới tăng 30% so với năm trước", want{m: growth, c: ge, v: "30", subject: "Số doanh nghiệp thành lập mới", against: "năm trước"}},
	{"", "80% văn bản được gửi dưới dạng điện tử", want{m: pct, c: ge, v: "80", subject: "văn bản được gửi dưới dạng điện tử"}},
	{"", "≥30% cơ quan được kiểm tra", want{m: pct, c: ge, v: "30", subject: "cơ quan được kiểm tra"}},
	{"", "100% cơ quan hành chính cấp tỉnh có cổng thông tin điện tử", want{m: pct, c: ge, v: "100", subject: "cơ quan hành chính cấp tỉnh có cổng thông tin điện tử"}},

	// Seed 000, objectives 4 to 9.
	{"000", "mỗi năm đều có tỷ lệ giảm chi phí", want{m: growth, c: lt, v: "0", subject: "chi phí"}},
	{"000", "Tất cả cơ quan hành chính nhà nước thuộc tỉnh đều triển khai thực hiện cơ chế một cửa", want{m: pct, c: ge, v: "100", subject: "cơ quan hành chính nhà nước thuộc tỉnh đều triển khai thực hiện cơ chế một cửa"}},
	{"000", "sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức 60% trở lên", want{m: pct, c: ge, v: "60", subject: "sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"}},
	{"000", "phấn đấu trên 50% các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm", want{m: pct, c: gt, v: "50", subject: "các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm"}},
	{"000", "trên 65% cán bộ", want{m: pct, c: gt, v: "65", subject: "cán bộ"}},
	{"000", "95% công chức cấp xã đạt trình độ từ trung cấp chuyên môn trở lên", want{m: pct, c: ge, v: "95", subject: "công chức cấp xã đạt trình độ từ trung cấp chuyên môn trở lên"}},
	{"000", "Phấn đấu đạt tỷ lệ 60% trở lên các văn bản, tài liệu trao đổi chính thức", want{m: pct, c: ge, v: "60", subject: "các văn bản, tài liệu trao đổi chính thức"}},
	{"000", "100% cơ quan hành chính cấp tỉnh, cấp huyện có cổng thông tin điện tử hoặc trang thông tin điện tử", want{m: pct, c: ge, v: "100", subject: "cơ quan hành chính cấp tỉnh, cấp huyện có cổng thông tin điện tử hoặc trang thông tin điện tử"}},
	{"000", "các dịch vụ công trực tuyến ở mức độ 2", want{m: level, c: ge, v: "2", subject: "các dịch vụ công trực tuyến"}},
	{"000", "mức độ 3", want{m: level, c: ge, v: "3"}},

	// Seed 001.
	{"001", "đạt nhóm C trở lên", want{m: group, c: le, v: "3"}},
	{"001", "kiểm tra từ 30% tổng số các Sở, Ban, ngành, UBND cấp huyện trở lên", want{m: pct, c: ge, v: "30", subject: "tổng số các Sở, Ban, ngành, UBND cấp huyện"}},
	{"001", "đảm bảo 100% số người dự kiến tinh giản được Bộ Nội vụ phê duyệt", want{m: pct, c: ge, v: "100", subject: "số người dự kiến tinh giản được Bộ Nội vụ phê duyệt"}},
	{"001", "phấn đấu 100% cán bộ, công chức cấp xã đạt chuẩn", want{m: pct, c: ge, v: "100", subject: "cán bộ, công chức cấp xã đạt chuẩn"}},
	{"001", "đảm bảo hoàn thành 100% các nhiệm vụ", want{m: pct, c: ge, v: "100", subject: "các nhiệm vụ"}},
	{"001", "đạt 80% trở lên", want{m: pct, c: ge, v: "80"}},
	{"001", "đảm bảo đạt 40% số hồ sơ TTHC được xử lý trực tuyến", want{m: pct, c: ge, v: "40", subject: "số hồ sơ TTHC được xử lý trực tuyến"}},
	{"001", "có ít nhất 03 đơn vị hành chính cấp huyện", want{m: count, c: ge, v: "3", subject: "đơn vị hành chính cấp huyện"}},
	{"001", "08 Sở, ngành", want{m: count, c: ge, v: "8", subject: "Sở, ngành"}},
	{"001", "đảm bảo 100% văn bản QPPL được thẩm định", want{m: pct, c: ge, v: "100", subject: "văn bản QPPL được thẩm định"}},
	{"001", "(đạt 100%)", want{m: pct, c: ge, v: "100"}},
	{"001", "đảm bảo 70% CB, CC cấp xã được bồi dưỡng", want{m: pct, c: ge, v: "70", subject: "CB, CC cấp xã được bồi dưỡng"}},
	{"001", "Đảm bảo 100% các đơn vị thực hiện cơ chế tự chủ", want{m: pct, c: ge, v: "100", subject: "các đơn vị thực hiện cơ chế tự chủ"}},
	{"001", "Đảm bảo 100% các đơn vị sự nghiệp công lập thuộc tỉnh thực hiện cơ chế tự chủ", want{m: pct, c: ge, v: "100", subject: "các đơn vị sự nghiệp công lập thuộc tỉnh thực hiện cơ chế tự chủ"}},
	{"001", "đạt 80% trở lên số văn bản được phát hành dưới dạng điện tử so với số văn bản đi", want{m: pct, c: ge, v: "80", subject: "số văn bản được phát hành dưới dạng điện tử so với số văn bản đi"}},
	{"001", "đạt 40% trở lên", want{m: pct, c: ge, v: "40"}},
	{"001", "100% các TTHC thuộc thẩm quyền giải quyết của cơ quan, đơn vị thực hiện theo cơ chế một cửa", want{m: pct, c: ge, v: "100", subject: "các TTHC thuộc thẩm quyền giải quyết của cơ quan, đơn vị thực hiện theo cơ chế một cửa"}},
	{"001", "đạt 100% số hồ sơ TTHC tiếp nhận theo cơ chế một cửa, một cửa liên thông được giải quyết đúng hạn", want{m: pct, c: ge, v: "100", subject: "số hồ sơ TTHC tiếp nhận theo cơ chế một cửa, một cửa liên thông được giải quyết đúng hạn"}},
	{"001", "mức vốn thu hút đầu tư của tỉnh đạt tỷ lệ % cao hơn so với năm trước", want{m: growth, c: gt, v: "0", subject: "mức vốn thu hút đầu tư của tỉnh", against: "năm trước"}},
	{"001", "tổng số doanh nghiệp thành lập mới tăng từ 30% trở lên so với năm trước", want{m: growth, c: ge, v: "30", subject: "tổng số doanh nghiệp thành lập mới", against: "năm trước"}},
	{"001", "trên 6 nội dung CCHC", want{m: count, c: gt, v: "6", subject: "nội dung CCHC"}},
	{"001", "trên 6 lĩnh vực CCHC", want{m: count, c: gt, v: "6", subject: "lĩnh vực CCHC"}},

	// Seed 002.
	{"002", "Phấn đấu 100% các TTHC của các cơ quan chuyên môn cấp tỉnh được thực hiện theo cơ chế một cửa", want{m: pct, c: ge, v: "100", subject: "các TTHC của các cơ quan chuyên môn cấp tỉnh được thực hiện theo cơ chế một cửa"}},
	{"002", "trên 80% cơ quan chuyên môn cấp tỉnh và UBND các huyện, thị xã có hồ sơ TTHC giải quyết đúng hẹn", want{m: pct, c: gt, v: "80", subject: "cơ quan chuyên môn cấp tỉnh và UBND các huyện, thị xã có hồ sơ TTHC giải quyết đúng hẹn"}},
	{"002", "100% hồ sơ TTHC quá hạn giải quyết cho người dân, tổ chức đều có văn bản xin lỗi", want{m: pct, c: ge, v: "100", subject: "hồ sơ TTHC quá hạn giải quyết cho người dân, tổ chức đều có văn bản xin lỗi"}},
	{"002", "phấn đấu năm 2018 đạt mục tiêu 100% cán bộ, công chức cấp xã đạt chuẩn theo quy định", want{m: pct, c: ge, v: "100", subject: "cán bộ, công chức cấp xã đạt chuẩn theo quy định"}},
	{"002", "phấn đấu 100% cán bộ, công chức, viên chức sử dụng hộp thư công vụ", want{m: pct, c: ge, v: "100", subject: "cán bộ, công chức, viên chức sử dụng hộp thư công vụ"}},
	{"002", "đảm bảo 80% các cơ quan, đơn vị được tích hợp chữ ký số điện tử trong năm 2018", want{m: pct, c: ge, v: "80", subject: "các cơ quan, đơn vị được tích hợp chữ ký số điện tử trong năm 2018"}},
	{"002", "bảo đảm 100% các văn bản quy phạm pháp luật được ban hành đúng căn cứ pháp lý", want{m: pct, c: ge, v: "100", subject: "các văn bản quy phạm pháp luật được ban hành đúng căn cứ pháp lý"}},
	{"002", "đảm bảo 100% TTHC đều được cập nhật công khai đầy đủ", want{m: pct, c: ge, v: "100", subject: "TTHC đều được cập nhật công khai đầy đủ"}},
	{"002", "đảm bảo đạt 100% Kế hoạch đề ra", want{m: pct, c: ge, v: "100", subject: "Kế hoạch đề ra"}},
	{"002", "mức độ 3, 4", want{m: level, c: ge, v: "3"}},

	// Other forms the parser reads.
	{"", "nhóm C trở lên", want{m: group, c: le, v: "3"}},
	{"", "từ nhóm A đến nhóm C", want{m: group, c: band, v: "1", hi: "3"}},
	{"", "trên nhóm C", want{m: group, c: lt, v: "3"}},
	{"", "500 triệu đồng", want{m: amount, c: ge, v: "500", unit: "triệu đồng"}},
	{"", "tối đa 1.234,5 triệu đồng kinh phí", want{m: amount, c: le, v: "1234.5", subject: "kinh phí", unit: "triệu đồng"}},
	{"", "không quá 5%", want{m: pct, c: le, v: "5"}},
	{"", "dưới 5% hồ sơ quá hạn", want{m: pct, c: lt, v: "5", subject: "hồ sơ quá hạn"}},
	{"", "tăng trên 5%", want{m: growth, c: gt, v: "5"}},
	{"", "giảm không quá 5%", want{m: growth, c: ge, v: "-5"}},
	{"", "giảm từ 10% đến 20% thời gian giải quyết", want{m: growth, c: band, v: "-20", hi: "-10", subject: "thời gian giải quyết"}},
	{"", "tăng so với cùng kỳ năm 2016", want{m: growth, c: gt, v: "0", against: "cùng kỳ năm 2016"}},
	{"", "giảm", want{m: growth, c: lt, v: "0"}},
	{"", "có cổng thông tin điện tử", want{m: yesNo, c: eq, v: "1", subject: "cổng thông tin điện tử"}},
	{"", "không", want{m: yesNo, c: eq, v: "0"}},
	{"", "60-80%", want{m: pct, c: band, v: "60", hi: "80"}},
	{"", "12.5%", want{m: pct, c: ge, v: "12.5"}},
	{"", "60 phần trăm", want{m: pct, c: ge, v: "60"}},
	{"", "đúng 3 huyện", want{m: count, c: eq, v: "3", subject: "huyện"}},
	{"", "> 90%", want{m: pct, c: gt, v: "90"}},
	{"", "<= 2%", want{m: pct, c: le, v: "2"}},
	{"", "từ cấp độ 2 đến 4", want{m: level, c: band, v: "2", hi: "4"}},
	{"", "mức độ 3 trở lên", want{m: level, c: ge, v: "3"}},
}

func TestParseTarget(t *testing.T) {
	for _, tc := range phraseCases {
		got, err := indicator.ParseTarget(tc.in)
		if err != nil {
			t.Errorf("seed %s: ParseTarget(%q): %v", tc.seed, tc.in, err)
			continue
		}
		if !tc.want.matches(got) {
			t.Errorf("seed %s: ParseTarget(%q) = %+v, want %+v", tc.seed, tc.in, describe(got), tc.want)
		}
		if got.Text() != tc.in {
			t.Errorf("ParseTarget(%q).Text() = %q", tc.in, got.Text())
		}
		back, err := indicator.ParseTarget(got.String())
		if err != nil || !back.Equal(got) {
			t.Errorf("ParseTarget(%q).String() = %q reads back as %+v, %v", tc.in, got.String(), describe(back), err)
		}
	}
}

// sentenceCases holds whole sentences of the plans with every target they
// set, in order. Sentences that set no measurable target are here too: they
// must yield none.
var sentenceCases = []struct {
	seed, in string
	want     []want
}{
	{"000", "Căn cứ các quy định của pháp luật và hướng dẫn của cơ quan có thẩm quyền, thực hiện việc sắp xếp, tổ chức lại bộ máy các cơ quan trong hệ thống hành chính các cấp hợp lý; định rõ chức năng, nhiệm vụ, quyền hạn của từng cơ quan để không còn sự xác chồng chéo, trùng lắp hoặc bỏ trống về chức năng, nhiệm vụ, quyền hạn giữa các cơ quan hành chính nhà nước.", nil},
	{"000", "Các cơ quan hành chính nhà nước tuân thủ nghiêm chỉnh các quy định của pháp luật về xây dựng và ban hành văn bản quy phạm pháp luật.", nil},
	{"000", "Cụ thể hóa và tổ chức thực hiện đúng các quy định về sở hữu, về đất đai và doanh nghiệp nhà nước theo cơ chế thị trường định hướng xã hội chủ nghĩa theo hướng dẫn của cơ quan có thẩm quyền cấp trên.", nil},
	{"000", "4. Cải cách thủ tục hành chính liên quan đến cá nhân, tổ chức theo hướng gọn nhẹ, đơn giản và mỗi năm đều có tỷ lệ giảm chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước.", []want{
		{m: growth, c: lt, v: "0", subject: "chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước"},
	}},
	{"000", "Tất cả cơ quan hành chính nhà nước thuộc tỉnh đều triển khai thực hiện cơ chế một cửa hoặc cơ chế một cửa liên thông trong giải quyết công việc cho cá nhân, tổ chức; bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức 60% trở lên.", []want{
		{m: pct, c: ge, v: "100", subject: "cơ quan hành chính nhà nước thuộc tỉnh đều triển khai thực hiện cơ chế một cửa hoặc cơ chế một cửa liên thông trong giải quyết công việc cho cá nhân, tổ chức"},
		{m: pct, c: ge, v: "60", subject: "sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"},
	}},
	{"000", "Từng bước nâng cao chất lượng dịch vụ sự nghiệp công, bảo đảm sự hài lòng của cá nhân đối với dịch vụ do đơn vị sự nghiệp công cung cấp trong các lĩnh vực y tế, giáo dục đạt mức 60% trở lên.", []want{
		{m: pct, c: ge, v: "60", subject: "sự hài lòng của cá nhân đối với dịch vụ do đơn vị sự nghiệp công cung cấp trong các lĩnh vực y tế, giáo dục"},
	}},
	{"000", "7. Chất lượng nguồn nhân lực được nâng lên, phấn đấu trên 50% các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm; trên 65% cán bộ và 95% công chức cấp xã đạt trình độ từ trung cấp chuyên môn trở lên.", []want{
		{m: pct, c: gt, v: "50", subject: "các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm"},
		{m: pct, c: gt, v: "65", subject: "cán bộ"},
		{m: pct, c: gt, v: "95", subject: "công chức cấp xã đạt trình độ từ trung cấp chuyên môn trở lên"},
	}},
	{"000", "Thực hiện đầy đủ, kịp thời các chế độ chính sách mới của nhà nước về tiền lương, tiền công, phụ cấp cho cán bộ, công chức, viên chức.", nil},
	{"000", "Đẩy mạnh việc ứng dụng công nghệ thông tin vào hoạt động quản lý và giải quyết thủ tục hành chính. Phấn đấu đạt tỷ lệ 60% trở lên các văn bản, tài liệu trao đổi chính thức giữa các cơ quan hành chính nhà nước được thực hiện trên mạng điện tử; 100% cơ quan hành chính cấp tỉnh, cấp huyện có cổng thông tin điện tử hoặc trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định; cung cấp tất cả các dịch vụ công trực tuyến ở mức độ 2 và một số dịch vụ công cơ bản ở mức độ 3 tới người dân, doanh nghiệp.", []want{
		{m: pct, c: ge, v: "60", subject: "các văn bản, tài liệu trao đổi chính thức giữa các cơ quan hành chính nhà nước được thực hiện trên mạng điện tử"},
		{m: pct, c: ge, v: "100", subject: "cơ quan hành chính cấp tỉnh, cấp huyện có cổng thông tin điện tử hoặc trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định"},
		{m: level, c: ge, v: "2", subject: "cung cấp tất cả các dịch vụ công trực tuyến"},
		{m: level, c: ge, v: "3", subject: "một số dịch vụ công cơ bản"},
	}},
	{"001", "c) Phấn đấu năm 2017 kết quả xếp hạng Chỉ số CCHC cấp tỉnh (PAR INDEX) của tỉnh Thái Nguyên đạt nhóm C trở lên.", []want{
		{m: group, c: le, v: "3", subject: "năm 2017 kết quả xếp hạng Chỉ số CCHC cấp tỉnh (PAR INDEX) của tỉnh Thái Nguyên"},
	}},
	{"001", "- Tăng cường công tác kiểm tra, thành lập Đoàn kiểm tra của tỉnh, kiểm tra từ 30% tổng số các Sở, Ban, ngành, UBND cấp huyện trở lên. Xử lý kịp thời các vấn đề phát hiện qua kiểm tra, giám sát.", []want{
		{m: pct, c: ge, v: "30", subject: "tổng số các Sở, Ban, ngành, UBND cấp huyện"},
	}},
	{"001", "Bám sát kế hoạch ứng dụng công nghệ thông tin (CNTT) trong hoạt động các cơ quan nhà nước năm 2017, đảm bảo hoàn thành 100% các nhiệm vụ, đẩy nhanh triển khai việc xây dựng kiến trúc chính quyền điện tử, tăng cường các giải pháp thực hiện trao đổi văn bản giữa các cơ quan hành chính nhà nước dưới dạng điện tử đạt 80% trở lên, kết nối, liên thông các phần mềm quản lý văn bản từ cấp tỉnh đến cấp xã.", []want{
		{m: pct, c: ge, v: "100", subject: "các nhiệm vụ, đẩy nhanh triển khai việc xây dựng kiến trúc chính quyền điện tử, tăng cường các giải pháp thực hiện trao đổi văn bản giữa các cơ quan hành chính nhà nước dưới dạng điện tử"},
		{m: pct, c: ge, v: "80", subject: "các nhiệm vụ, đẩy nhanh triển khai việc xây dựng kiến trúc chính quyền điện tử, tăng cường các giải pháp thực hiện trao đổi văn bản giữa các cơ quan hành chính nhà nước dưới dạng điện tử"},
	}},
	{"001", "- Thực hiện hiệu quả giải quyết hồ sơ trực tuyến mức độ 3, mức độ 4 tại các đơn vị, địa phương, đảm bảo đạt 40% số hồ sơ TTHC được xử lý trực tuyến; bám sát Quyết định số 1819/QĐ-TTg 26/10/2015 của Thủ tướng Chính phủ phê duyệt chương trình Quốc gia về ứng dụng CNTT trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020", []want{
		{m: pct, c: ge, v: "40", subject: "số hồ sơ TTHC được xử lý trực tuyến"},
	}},
	{"001", "Đảm bảo hết năm 2017 có ít nhất 03 đơn vị hành chính cấp huyện và 08 Sở, ngành được kết nối, tiếp nhận, giải quyết hồ sơ trên Cổng thông tin dịch vụ hành chính công của tỉnh.", []want{
		{m: count, c: ge, v: "3", subject: "đơn vị hành chính cấp huyện"},
		{m: count, c: ge, v: "8", subject: "Sở, ngành được kết nối, tiếp nhận, giải quyết hồ sơ trên Cổng thông tin dịch vụ hành chính công của tỉnh"},
	}},
	{"001", "5.8 Thực hiện các giải pháp nâng cao tỷ lệ đạt chuẩn CB, CC cấp xã (đạt 100%).", []want{
		{m: pct, c: ge, v: "100", subject: "Thực hiện các giải pháp nâng cao tỷ lệ đạt chuẩn CB, CC cấp xã"},
	}},
	{"001", "Thực hiện trao đổi văn bản giữa các cơ quan hành chính nhà nước dưới dạng điện tử (đạt 80% trở lên số văn bản được phát hành dưới dạng điện tử so với số văn bản đi của các đơn vị, địa phương).", []want{
		{m: pct, c: ge, v: "80", subject: "số văn bản được phát hành dưới dạng điện tử so với số văn bản đi của các đơn vị, địa phương"},
	}},
	{"001", "Thực hiện giải quyết hồ sơ trực tuyến mức độ 3, mức độ 4 tại các cơ quan, đơn vị (đã đầu tư) đạt 40% trở lên; bám sát Quyết định số 846/QĐ-TTg 09/6/2017 của Thủ tướng Chính phủ ban hành danh mục dịch vụ công trực tuyến mức độ 3 và 4 thực hiện tại các bộ, ngành, địa phương năm 2017.", []want{
		{m: pct, c: ge, v: "40", subject: "Thực hiện giải quyết hồ sơ trực tuyến mức độ 3, mức độ 4 tại các cơ quan, đơn vị (đã đầu tư)"},
	}},
	{"001", "Thực hiện các giải pháp thu hút đầu tư, đảm bảo mức vốn thu hút đầu tư của tỉnh đạt tỷ lệ % cao hơn so với năm trước, tổng số doanh nghiệp thành lập mới tăng từ 30% trở lên so với năm trước.", []want{
		{m: growth, c: gt, v: "0", subject: "mức vốn thu hút đầu tư của tỉnh", against: "năm trước"},
		{m: growth, c: ge, v: "30", subject: "tổng số doanh nghiệp thành lập mới", against: "năm trước"},
	}},
	{"001", "- Ban hành văn bản chỉ đạo, điều hành (trên 6 nội dung CCHC)", []want{
		{m: count, c: gt, v: "6", subject: "nội dung CCHC"},
	}},
	{"001", "8.3 Đánh giá cơ sở hạ tầng Bộ phận tiếp nhận và trả kết quả hiện đại 9 đơn vị cấp huyện, đề xuất phương án cải tạo, nâng cấp.", nil},
	{"002", "Phấn đấu 100% các TTHC của các cơ quan chuyên môn cấp tỉnh, UBND các huyện, thị xã và UBND các xã, phường, thị trấn được thực hiện theo cơ chế một cửa, cơ chế một cửa liên thông; trên 80% cơ quan chuyên môn cấp tỉnh và UBND các huyện, thị xã có hồ sơ TTHC giải quyết đúng hẹn cho người dân, tổ chức; 100% hồ sơ TTHC quá hạn giải quyết cho người dân, tổ chức đều có văn bản xin lỗi;", []want{
		{m: pct, c: ge, v: "100", subject: "các TTHC của các cơ quan chuyên môn cấp tỉnh, UBND các huyện, thị xã và UBND các xã, phường, thị trấn được thực hiện theo cơ chế một cửa, cơ chế một cửa liên thông"},
		{m: pct, c: gt, v: "80", subject: "cơ quan chuyên môn cấp tỉnh và UBND các huyện, thị xã có hồ sơ TTHC giải quyết đúng hẹn cho người dân, tổ chức"},
		{m: pct, c: ge, v: "100", subject: "hồ sơ TTHC quá hạn giải quyết cho người dân, tổ chức đều có văn bản xin lỗi"},
	}},
	{"002", "Đồng thời, đẩy mạnh công tác tuyên truyền, phổ biến, hướng dẫn các tổ chức, doanh nghiệp và công dân sử dụng dịch vụ công trực tuyến mức độ 2; mức độ 3 tại Trung tâm Hành chính công của tỉnh và UBND các huyện, thị xã; tiếp tục triển khai tiếp các dịch vụ công mức độ 3, 4 theo lộ trình tại Quyết định số 409/QĐ-UBND ngày 02/3/2015 của UBND tỉnh;", nil},
	{"002", "Triển khai thực hiện có hiệu quả Kế hoạch ứng dụng công nghệ thông tin năm 2018 trên địa bàn tỉnh, đảm bảo đạt 100% Kế hoạch đề ra", []want{
		{m: pct, c: ge, v: "100", subject: "Kế hoạch đề ra"},
	}},
	{"", "ít nhất 3 huyện và 8 sở kết nối", []want{
		{m: count, c: ge, v: "3", subject: "huyện"},
		{m: count, c: ge, v: "8", subject: "sở kết nối"},
	}},
	{"002", "mức độ 3, 4", []want{
		{m: level, c: ge, v: "3"},
		{m: level, c: ge, v: "4"},
	}},
}

func TestParseTargets(t *testing.T) {
	for _, tc := range sentenceCases {
		got, err := indicator.ParseTargets(tc.in)
		if err != nil {
			t.Errorf("seed %s: ParseTargets(%q): %v", tc.seed, tc.in, err)
		}
		if len(got) != len(tc.want) {
			var ds []want
			for _, g := range got {
				ds = append(ds, describe(g))
			}
			t.Errorf("seed %s: ParseTargets(%.60q...) found %d targets, want %d: %+v", tc.seed, tc.in, len(got), len(tc.want), ds)
			continue
		}
		for i, w := range tc.want {
			if !w.matches(got[i]) {
				t.Errorf("seed %s: ParseTargets(%.60q...)[%d] = %+v, want %+v", tc.seed, tc.in, i, describe(got[i]), w)
			}
			if !strings.Contains(tc.in, got[i].Text()) {
				t.Errorf("target %d's text %q is not a clause of the sentence", i, got[i].Text())
			}
		}
	}
}

// TestParseTargetsSeed003 reads the objectives of Bắc Kạn town 2011-2015,
// written as one paragraph: every target of the paragraph, in order.
func TestParseTargetsSeed003(t *testing.T) {
	const objectives = "Thị xã Bắc Kạn xác định mục tiêu cải cách hành chính nhà nước giai đoạn 2011 – 2015 gồm: Thực hiện việc sắp xếp, tổ chức lại bộ máy các cơ quan trong hệ thống hành chính các cấp hợp lý; cải cách thủ tục hành chính liên quan đến cá nhân, tổ chức theo hướng gọn nhẹ, đơn giản và mỗi năm đều có tỷ lệ giảm chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước; bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức 60% trở lên; chất lượng nguồn nhân lực được nâng lên, phấn đấu trên 50% các cơ quan hành chính nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm; trên 65% cán bộ và 95% công chức cấp xã đạt trình độ từ trung cấp chuyên môn trở lên; đưa việc ứng dụng công nghệ thông tin vào hoạt động quản lý và giải quyết thủ tục hành chính.; phấn đấu đạt tỷ lệ 60% trở lên các văn bản, tài liệu trao đổi chính thức giữa các cơ quan hành chính nhà nước được thực hiện trên mạng điện tử."
	got, err := indicator.ParseTargets(objectives)
	if err != nil {
		t.Fatal(err)
	}
	var values []string
	for _, g := range got {
		r := []rune(g.String())
		values = append(values, string(r[:min(len(r), 20)]))
	}
	want := []string{"tỷ lệ giảm chi phí m", "sự hài lòng của cá n", "trên 50% các cơ quan", "trên 65% cán bộ", "trên 95% công chức c", "ít nhất 60% các văn "}
	if strings.Join(values, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", values, want)
	}
}

func TestParseTargetErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"Thường xuyên",
		"Tăng cường công tác kiểm tra",
		"ngày 31/12/2017",
		"Quyết định số 846/QĐ-TTg",
		"ít nhất 3,5 huyện",   // a fraction of a district
		"từ 80% đến 60%",      // a range that runs backwards
		"1.2.3%",              // thousands not in threes
		"tăng 5 huyện",        // a change must be in percent
		"trên 60% trở xuống",  // contradictory
		"nhóm C trên 5%",      // fine: group first; see below
		"cấp độ 3 triệu đồng", // a level has no unit
	} {
		_, err := indicator.ParseTarget(in)
		if in == "nhóm C trên 5%" {
			if err != nil {
				t.Errorf("ParseTarget(%q): %v", in, err)
			}
			continue
		}
		var pe *indicator.ParseError
		if !errors.As(err, &pe) || pe.Input != in {
			t.Errorf("ParseTarget(%q) error = %v, want a *ParseError naming the input", in, err)
		}
	}
}

func TestParseTargetsKeepsValid(t *testing.T) {
	ts, err := indicator.ParseTargets("ít nhất 3,5 huyện; trên 60% xã")
	if len(ts) != 1 || ts[0].Value().String() != "60" {
		t.Errorf("targets = %v, want the valid one kept", ts)
	}
	var pe *indicator.ParseError
	if !errors.As(err, &pe) || pe.Input != "ít nhất 3,5 huyện" {
		t.Errorf("error = %v, want one naming the clause", err)
	}
}
