package sqliteflag

// DecodeValue is decodeValue, for the external tests.
var DecodeValue = decodeValue
