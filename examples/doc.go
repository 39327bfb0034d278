// Package examples holds the five real plans the library is built on, as
// plan files embedded in the package and loaded through the public API:
//
//	BacKan2011      Kế hoạch CCHC giai đoạn 2011-2015, tỉnh Bắc Kạn
//	ThaiNguyen2017  Kế hoạch 121/KH-UBND, tỉnh Thái Nguyên, năm 2017
//	BinhPhuoc2018   Quyết định 3406/QĐ-UBND, Kế hoạch CCHC năm 2018, tỉnh Bình Phước
//	BacKanTown2011  the six groups of solutions of thị xã Bắc Kạn, 2011-2015
//	LangSon2013     Kế hoạch 62/KH-UBND, tỉnh Lạng Sơn, 2013
//
// The files keep the documents' own wording, numbering and typos; where a
// source is ambiguous, the reading chosen is written in the file's comments.
// plans/README.md says where each comes from. Each call loads a fresh Plan.
package examples
