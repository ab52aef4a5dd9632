// Prints the generated C table as JSON lines from C++11, using only the header's public contract: the
// version, one line per category, one per code (with the code's own lookup), and one with unknown numbers'
// lookups. Texts are printed as their UTF-8 bytes, with JSON's escapes for `"`, `\` and control characters.
// Run with an argument, it prints the legacy driver's lines instead (legacy.cpp).
#include <cstdio>
#include <iostream>
#include <string>
#include "status_codes.h"

void print_legacy();

namespace {

std::string json(const char *text)
{
    if (text == nullptr) return "null";
    std::string out = "\"";
    for (const char *at = text; *at != '\0'; ++at) {
        const unsigned char byte = static_cast<unsigned char>(*at);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(byte));
            out += escape;
        } else {
            out += static_cast<char>(byte);
        }
    }
    return out + "\"";
}

std::string lookup(int code)
{
    const status_code_info *info = status_code_find(code);
    return json(info == nullptr ? nullptr : info->name);
}

}  // namespace

int main(int argc, char **)
{
    if (argc > 1) {
        print_legacy();
        return 0;
    }
    std::cout << "{\"version\":" << json(status_code_table_version) << "}\n";
    for (std::size_t index = 0; index < status_code_category_count; ++index) {
        const status_code_category_info &category = status_code_category_table[index];
        std::cout << "{\"id\":" << json(category.id) << ",\"title\":" << json(category.title)
                  << ",\"description\":" << json(category.description) << "}\n";
    }
    for (std::size_t index = 0; index < status_code_count; ++index) {
        const status_code_info &info = status_code_table[index];
        std::cout << "{\"code\":" << info.code << ",\"name\":" << json(info.name) << ",\"category\":" << json(info.category)
                  << ",\"message\":" << json(info.message) << ",\"kind\":" << json(info.kind)
                  << ",\"retryable\":" << (info.retryable ? "true" : "false") << ",\"lookup\":" << lookup(info.code) << "}\n";
    }
    std::cout << "{\"unknown\":[" << lookup(0) << "," << lookup(-1) << "," << lookup(2147483647) << "]}\n";
    return 0;
}
