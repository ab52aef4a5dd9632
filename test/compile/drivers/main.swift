// Prints the generated Swift file's view of the table as JSON lines, using only its public contract:
// one line per category, one per code (with the code's own lookup), and one with unknown numbers' lookups.
// Output is ASCII-only, so it reads the same whatever the machine's locale.

func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
}

func json(_ text: String?) -> String {
    guard let text else { return "null" }
    var out = "\""
    for scalar in text.unicodeScalars {
        if scalar == "\"" {
            out += "\\\""
        } else if scalar == "\\" {
            out += "\\\\"
        } else if scalar.value < 0x20 || scalar.value > 0x7E {
            if scalar.value > 0xFFFF {
                let offset = scalar.value - 0x10000
                out += hex4(0xD800 + (offset >> 10)) + hex4(0xDC00 + (offset & 0x3FF))
            } else {
                out += hex4(scalar.value)
            }
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

print("{\"version\":\(json(StatusCode.tableVersion))}")
for category in StatusCategory.allCases {
    print("{\"id\":\(json(category.rawValue)),\"title\":\(json(category.title)),\"description\":\(json(category.summary))}")
}
for code in StatusCode.allCases {
    let lookup = StatusCode(rawValue: code.rawValue)?.name
    print(
        "{\"code\":\(code.rawValue),\"name\":\(json(code.name)),\"category\":\(json(code.category.rawValue)),"
            + "\"message\":\(json(code.message)),\"kind\":\(json(code.kind.rawValue)),"
            + "\"retryable\":\(code.isRetryable),\"lookup\":\(json(lookup))}"
    )
}
let unknown = [0, -1, 2147483647].map { json(StatusCode(rawValue: $0)?.name) }
print("{\"unknown\":[\(unknown.joined(separator: ","))]}")
