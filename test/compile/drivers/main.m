// Prints the generated Objective-C files' view of the table as JSON lines, using only their public
// contract: the version, one line per category, one per code (with the code's own lookup), and one with
// unknown numbers' lookups. Foundation's NSJSONSerialization writes each line; GNUstep's escapes every
// character outside ASCII, so the output reads the same whatever the locale.
#import <Foundation/Foundation.h>
#include <stdio.h>
#include <stdlib.h>
#import "StatusCode.h"

/** `value`, or JSON's null for nil. */
static id orNull(id _Nullable value) {
    return value == nil ? (id)[NSNull null] : (id)value;
}

/** One JSON line on standard output. */
static void printLine(NSDictionary *line) {
    NSError *error = nil;
    NSData *data = [NSJSONSerialization dataWithJSONObject:line options:0 error:&error];
    if (data == nil) {
        fprintf(stderr, "cannot write JSON: %s\n", [[error description] UTF8String]);
        exit(1);
    }
    fwrite([data bytes], 1, [data length], stdout);
    fputc('\n', stdout);
}

int main(void) {
    @autoreleasepool {
        printLine(@{ @"version": StatusCodeTableVersion });
        for (StatusCategory category in StatusCategoryAllValues()) {
            printLine(@{
                @"id": category,
                @"title": orNull(StatusCategoryTitle(category)),
                @"description": orNull(StatusCategoryDescription(category)),
            });
        }
        for (NSNumber *value in StatusCodeAllValues()) {
            NSInteger code = [value integerValue];
            // The code as an app holds it, a StatusCode, looked up again by number.
            StatusCode typed = (StatusCode)code;
            printLine(@{
                @"code": value,
                @"name": orNull(StatusCodeName(code)),
                @"category": orNull(StatusCodeCategory(code)),
                @"message": orNull(StatusCodeMessage(code)),
                @"kind": orNull(StatusCodeKind(code)),
                @"retryable": [NSNumber numberWithBool:StatusCodeIsRetryable(code)],
                @"lookup": orNull(StatusCodeName(typed)),
            });
        }
        printLine(@{ @"unknown": @[ orNull(StatusCodeName(0)), orNull(StatusCodeName(-1)), orNull(StatusCodeName(2147483647)) ] });
        // The error domain apps build NSErrors with: its value is its own name, as Foundation's are.
        NSError *error = [NSError errorWithDomain:StatusCodeErrorDomain code:0 userInfo:nil];
        if (![[error domain] isEqualToString:@"StatusCodeErrorDomain"]) return 1;
    }
    return 0;
}
