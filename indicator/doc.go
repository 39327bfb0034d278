// Package indicator reads the measurable targets of reform plans ("Trên 60%
// người dân hài lòng", "ít nhất 03 huyện", "tăng từ 30% trở lên so với năm
// trước", "nhóm C trở lên"), records what happened as observations, evaluates
// each target (met or not, the gap, and progress at an interim date), adds
// observations up across reporting units, and scores provinces with the
// PAR INDEX (Chỉ số cải cách hành chính) of the Ministry of Home Affairs.
//
// Values are decimals (github.com/shopspring/decimal) in the target's unit:
// 60 means 60%. Percentages are added up as Σnumerators / Σdenominators,
// never as a mean of percentages.
package indicator
