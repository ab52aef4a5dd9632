/*
 * Prints the generated C table as JSON lines, using only the header's public contract: the version, one
 * line per category, one per code (with the code's own lookup), and one with unknown numbers' lookups.
 * Texts are printed as their UTF-8 bytes, with JSON's escapes for `"`, `\` and control characters.
 * Run with an argument, it prints the legacy driver's lines instead (legacy.c).
 */
#include <stdio.h>
#include "status_codes.h"

void print_legacy(void);

static void print_json(const char *text)
{
    const unsigned char *byte;
    if (text == NULL) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (byte = (const unsigned char *)text; *byte != '\0'; byte++) {
        if (*byte == '"' || *byte == '\\') {
            printf("\\%c", *byte);
        } else if (*byte < 0x20) {
            printf("\\u%04x", *byte);
        } else {
            putchar(*byte);
        }
    }
    putchar('"');
}

static const char *name_of(const status_code_info *info)
{
    return info == NULL ? NULL : info->name;
}

int main(int argc, char **argv)
{
    size_t index;
    (void)argv;
    if (argc > 1) {
        print_legacy();
        return 0;
    }
    fputs("{\"version\":", stdout);
    print_json(status_code_table_version);
    fputs("}\n", stdout);
    for (index = 0; index < status_code_category_count; index++) {
        const status_code_category_info *category = &status_code_category_table[index];
        fputs("{\"id\":", stdout);
        print_json(category->id);
        fputs(",\"title\":", stdout);
        print_json(category->title);
        fputs(",\"description\":", stdout);
        print_json(category->description);
        fputs("}\n", stdout);
    }
    for (index = 0; index < status_code_count; index++) {
        const status_code_info *info = &status_code_table[index];
        printf("{\"code\":%d,\"name\":", info->code);
        print_json(info->name);
        fputs(",\"category\":", stdout);
        print_json(info->category);
        fputs(",\"message\":", stdout);
        print_json(info->message);
        fputs(",\"kind\":", stdout);
        print_json(info->kind);
        printf(",\"retryable\":%s,\"lookup\":", info->retryable ? "true" : "false");
        print_json(name_of(status_code_find(info->code)));
        fputs("}\n", stdout);
    }
    fputs("{\"unknown\":[", stdout);
    print_json(name_of(status_code_find(0)));
    putchar(',');
    print_json(name_of(status_code_find(-1)));
    putchar(',');
    print_json(name_of(status_code_find(2147483647)));
    fputs("]}\n", stdout);
    return 0;
}
