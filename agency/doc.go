// Package agency names the bodies that plans give duties to: a province's
// people's committee and its departments (Sở), the sector agencies under them,
// branches of central agencies, mass organisations, the press, districts and
// communes, and the central bodies plans report to.
//
// A Registry is one province's view of those bodies. It is built from data (a
// catalogue shipped with the package, a province's own hierarchy, users'
// additions), is read-only once built and safe for concurrent use. It finds an
// agency however a plan spells it ("Sở Nội vụ", "SNV", "Sở Nội Vụ tỉnh Thái
// Nguyên", the typo "TT tâm thông tin tỉnh"), expands the plans' group phrases
// ("Các sở, ban, ngành", "UBND cấp huyện") into agencies on a given day,
// reads the heads of agencies as the agencies they head ("Giám đốc Sở Tài
// chính", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các huyện, thị
// xã"), and answers who holds an agency's duties after the mergers of 2025
// (Nghị định 45/2025/NĐ-CP) or the move of administrative-procedure control
// to the Văn phòng UBND in 2017 (Nghị định 92/2017/NĐ-CP).
//
// Names are matched on a folded key: Unicode NFC, lower case, one placement of
// the tone mark (hoà = hòa), "UBND" for "Ủy ban nhân dân", without "và", a
// leading "Sở" or a trailing "tỉnh X"; and, failing that, on the same key
// without diacritics (đ = d).
package agency
