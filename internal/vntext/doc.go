// Package vntext folds Vietnamese text so that the many ways the plans spell
// one name compare equal: Unicode NFC, lower case, one placement of the tone
// mark ("hoà" and "hòa" both fold to "hòa"), and, for loose search, the letters
// without any diacritic, where đ becomes d (Unicode decomposition leaves đ
// alone). It also measures edit distance for "did you mean" suggestions and
// compares text in Vietnamese collation order.
//
// The package is internal: the agency, indicator and plan packages share it,
// users do not import it.
package vntext
