// Generated from spec/status-codes.yaml by status-codegen — do not edit.

#import "StatusCode.h"

StatusCategory const StatusCategoryGeneral = @"general";
StatusCategory const StatusCategoryTeam = @"team";
StatusCategory const StatusCategoryAvCall = @"av-call";
StatusCategory const StatusCategoryChatroom = @"chatroom";
StatusCategory const StatusCategoryRegistration = @"registration";
StatusCategory const StatusCategorySignaling = @"signaling";

StatusKind const StatusKindSuccess = @"success";
StatusKind const StatusKindInfo = @"info";
StatusKind const StatusKindError = @"error";

NSErrorDomain const StatusCodeErrorDomain = @"StatusCodeErrorDomain";

NSString *const StatusCodeTableVersion = @"1.0.0";

// The names below are lower case, which no declaration of the header can be: they cannot collide.

/** What the spec says about one code. Rows hold numbers, not enumerators: naming a deprecated one would warn. */
struct code_row {
    NSInteger code;
    __unsafe_unretained NSString *name;
    __unsafe_unretained NSString *message;
    __unsafe_unretained StatusCategory category;
    __unsafe_unretained StatusKind kind;
    BOOL retryable;
};

/** Every code, sorted by number. */
static const struct code_row code_rows[] = {
    { 200, @"OK", @"The operation succeeded.", @"general", @"success", NO },
    { 201, @"INVALID_VERSION", @"Incorrect client version. You must upgrade the SDK.", @"general", @"error", NO },
    { 301, @"ACCOUNT_OR_CHANNEL_BANNED", @"The account or channel is banned.", @"general", @"error", NO },
    { 302, @"INVALID_PASSWORD", @"Incorrect user name or password.", @"general", @"error", NO },
    { 315, @"IP_NOT_ALLOWED", @"IP address restriction.", @"general", @"error", NO },
    { 403, @"FORBIDDEN", @"Invalid operation or no permission", @"general", @"error", NO },
    { 404, @"NOT_FOUND", @"No object found", @"general", @"error", NO },
    { 405, @"PARAMETER_TOO_LONG", @"The parameter length is too long", @"general", @"error", NO },
    { 406, @"READ_ONLY", @"Read-only object", @"general", @"error", NO },
    { 408, @"TIMEOUT", @"Client request times out", @"general", @"error", YES },
    { 413, @"SMS_VERIFICATION_FAILED", @"SMS verification failed", @"general", @"error", NO },
    { 414, @"PARAMETER_ERROR", @"Error parameters", @"general", @"error", NO },
    { 415, @"CONNECTION_ERROR", @"Client network issue", @"general", @"error", YES },
    { 416, @"RATE_LIMIT", @"Rate upper limit is reached.", @"general", @"error", YES },
    { 417, @"ALREADY_EXISTS", @"Repeated operation", @"general", @"error", NO },
    { 418, @"SMS_CHANNEL_UNAVAILABLE", @"SMS channel is not available", @"general", @"error", YES },
    { 419, @"LIMIT_EXCEEDED", @"The quantity exceeds the upper limit", @"general", @"error", NO },
    { 422, @"ACCOUNT_BLOCKED", @"Account is banned.", @"general", @"error", NO },
    { 423, @"ACCOUNT_MUTED", @"Account is muted.", @"general", @"error", NO },
    { 431, @"DUPLICATE_HTTP_REQUEST", @"HTTP request is repeated.", @"general", @"error", NO },
    { 500, @"SERVER_INTERNAL_ERROR", @"Server internal error.", @"general", @"error", NO },
    { 503, @"SERVER_BUSY", @"Server is busy.", @"general", @"error", YES },
    { 508, @"MESSAGE_RECALL_EXPIRED", @"Message recall times out.", @"general", @"error", NO },
    { 509, @"INVALID_PROTOCOL", @"Invalid protocol.", @"general", @"error", NO },
    { 514, @"SERVICE_UNAVAILABLE", @"Service unavailable.", @"general", @"error", YES },
    { 801, @"TEAM_MEMBER_LIMIT", @"The number of team members exceeds the upper limit.", @"team", @"error", NO },
    { 802, @"TEAM_ACCESS_DENIED", @"No permissions.", @"team", @"error", NO },
    { 803, @"TEAM_NOT_FOUND", @"Team does not exist.", @"team", @"error", NO },
    { 804, @"NOT_IN_TEAM", @"User does not join the team.", @"team", @"error", NO },
    { 805, @"TEAM_TYPE_MISMATCH", @"Team type does not match.", @"team", @"error", NO },
    { 806, @"TEAM_COUNT_LIMIT", @"The number of teams created reaches the upper limit.", @"team", @"error", NO },
    { 807, @"TEAM_MEMBER_STATUS_ERROR", @"Team member status error.", @"team", @"error", NO },
    { 808, @"TEAM_APPLY_SUCCESS", @"Application approved.", @"team", @"success", NO },
    { 809, @"ALREADY_IN_TEAM", @"User is already in the team.", @"team", @"error", NO },
    { 810, @"TEAM_INVITE_SUCCESS", @"Successfully invited.", @"team", @"success", NO },
    { 811, @"MENTION_LIMIT", @"The number of @ mentioned accounts exceeds the upper limit.", @"team", @"error", NO },
    { 812, @"TEAM_MUTED", @"The team is muted, and ordinary members are not allowed to send messages.", @"team", @"error", NO },
    { 813, @"TEAM_INVITE_PARTIAL_SUCCESS", @"Successful partial invitation of team members.", @"team", @"info", NO },
    { 814, @"TEAM_READ_RECEIPT_DISABLED", @"Team read receipt is prohibited.", @"team", @"error", NO },
    { 815, @"TEAM_ADMIN_LIMIT", @"The number of team administrators exceeds the upper limit.", @"team", @"error", NO },
    { 998, @"UNPACK_ERROR", @"Unpacking error.", @"general", @"error", NO },
    { 999, @"PACK_ERROR", @"Packaging error.", @"general", @"error", NO },
    { 9102, @"CHANNEL_FAILED", @"Channel fails.", @"av-call", @"error", NO },
    { 9103, @"CALL_ANSWERED_ELSEWHERE", @"The call is responded on other device.", @"av-call", @"error", NO },
    { 10201, @"SIGNAL_PEER_OFFLINE", @"The CommsEase account of a peer is offline.", @"signaling", @"error", NO },
    { 10202, @"SIGNAL_PEER_PUSH_OFFLINE", @"The CommsEase account of a peer is offline, and push notifications can not be delivered.", @"signaling", @"error", NO },
    { 10404, @"SIGNAL_ROOM_NOT_FOUND", @"The room does not exist", @"signaling", @"error", NO },
    { 10405, @"SIGNAL_ROOM_EXISTS", @"The room already exists", @"signaling", @"error", NO },
    { 10406, @"SIGNAL_NOT_IN_ROOM", @"The user is not in the room", @"signaling", @"error", NO },
    { 10407, @"SIGNAL_ALREADY_IN_ROOM", @"The user already exists in the room", @"signaling", @"error", NO },
    { 10408, @"SIGNAL_INVITE_NOT_FOUND", @"Invitation does not exist or has expired.", @"signaling", @"error", NO },
    { 10409, @"SIGNAL_INVITE_REJECTED", @"Invitation is rejected.", @"signaling", @"error", NO },
    { 10410, @"SIGNAL_INVITE_ACCEPTED", @"Invitation is accepted.", @"signaling", @"error", NO },
    { 10417, @"SIGNAL_UID_CONFLICT", @"Duplicate Uids.", @"signaling", @"error", NO },
    { 10419, @"SIGNAL_ROOM_MEMBER_LIMIT", @"The number of room members reaches the upper limit.", @"signaling", @"error", NO },
    { 10420, @"SIGNAL_ALREADY_IN_ROOM_ELSEWHERE", @"The user already exists in the room (joining from other ends)", @"signaling", @"error", NO },
    { 10431, @"INVALID_EMAIL_FORMAT", @"The mailbox format is invalid.", @"registration", @"error", NO },
    { 10432, @"INVALID_PHONE_FORMAT", @"Mobile phone format is invalid.", @"registration", @"error", NO },
    { 10433, @"PASSWORD_CONFIRMATION_FAILED", @"Password confirmation failed.", @"registration", @"error", NO },
    { 10434, @"COMPANY_NOT_FOUND", @"The company does not exist.", @"registration", @"error", NO },
    { 10435, @"INVALID_LOGIN_CREDENTIALS", @"Incorrect login account or password.", @"registration", @"error", NO },
    { 10436, @"APP_NOT_FOUND", @"App cannot be found.", @"registration", @"error", NO },
    { 10437, @"EMAIL_EXISTS", @"Email already exists.", @"registration", @"error", NO },
    { 10438, @"PHONE_EXISTS", @"Mobile phone number already exists.", @"registration", @"error", NO },
    { 10441, @"APP_NAME_EXISTS", @"app name already exists.", @"registration", @"error", NO },
    { 11001, @"CALL_UNREACHABLE", @"The call is unreachable, and the caller goes offline.", @"av-call", @"error", NO },
    { 13001, @"CHATROOM_IM_LINK_ERROR", @"IM connection is abnormal.", @"chatroom", @"error", YES },
    { 13002, @"CHATROOM_STATUS_ERROR", @"Chat room status is abnormal.", @"chatroom", @"error", NO },
    { 13003, @"CHATROOM_BLOCKLISTED", @"The account is in the blocklist, it is prohibited from joining the chat room.", @"chatroom", @"error", NO },
    { 13004, @"CHATROOM_MUTED", @"Banned accounts are not allowed to send messages.", @"chatroom", @"error", NO },
    { 13005, @"CHATROOM_ANTISPAM_FILTERED", @"The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", @"chatroom", @"error", NO },
};

static const size_t code_row_count = sizeof code_rows / sizeof code_rows[0];

/** What the spec says about one category. */
struct category_row {
    __unsafe_unretained StatusCategory identifier;
    __unsafe_unretained NSString *title;
    __unsafe_unretained NSString *description;
};

/** Every category, in the spec's order. */
static const struct category_row category_rows[] = {
    { @"general", @"General", @"Codes any request can return, from login and permissions to rate limits and server errors." },
    { @"team", @"Team", @"Codes returned by team (group chat) operations, codes 801 to 815." },
    { @"av-call", @"Audio & video calls and whiteboard", @"Codes returned by audio and video calls and by the whiteboard." },
    { @"chatroom", @"Chat room", @"Codes returned by chat room operations." },
    { @"registration", @"Account registration service", @"Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts." },
    { @"signaling", @"Signaling service", @"Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers." },
};

static const size_t category_row_count = sizeof category_rows / sizeof category_rows[0];

/** The row of `code`, found by binary search, or NULL. */
static const struct code_row *code_row_for(NSInteger code) {
    size_t low = 0;
    size_t high = code_row_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (code_rows[middle].code == code) return &code_rows[middle];
        if (code_rows[middle].code < code) low = middle + 1;
        else high = middle;
    }
    return NULL;
}

/** The row of `category`, or NULL. */
static const struct category_row *category_row_for(StatusCategory category) {
    for (size_t index = 0; index < category_row_count; index++) {
        if ([category_rows[index].identifier isEqualToString:category]) return &category_rows[index];
    }
    return NULL;
}

NSArray<NSNumber *> *StatusCodeAllValues(void) {
    NSMutableArray<NSNumber *> *values = [NSMutableArray arrayWithCapacity:code_row_count];
    for (size_t index = 0; index < code_row_count; index++) [values addObject:[NSNumber numberWithInteger:code_rows[index].code]];
    return [NSArray arrayWithArray:values];
}

NSString *_Nullable StatusCodeName(NSInteger code) {
    const struct code_row *row = code_row_for(code);
    return row == NULL ? nil : row->name;
}

NSString *_Nullable StatusCodeMessage(NSInteger code) {
    const struct code_row *row = code_row_for(code);
    return row == NULL ? nil : row->message;
}

StatusCategory _Nullable StatusCodeCategory(NSInteger code) {
    const struct code_row *row = code_row_for(code);
    return row == NULL ? nil : row->category;
}

StatusKind _Nullable StatusCodeKind(NSInteger code) {
    const struct code_row *row = code_row_for(code);
    return row == NULL ? nil : row->kind;
}

BOOL StatusCodeIsRetryable(NSInteger code) {
    const struct code_row *row = code_row_for(code);
    return row != NULL && row->retryable;
}

NSArray<StatusCategory> *StatusCategoryAllValues(void) {
    NSMutableArray<StatusCategory> *values = [NSMutableArray arrayWithCapacity:category_row_count];
    for (size_t index = 0; index < category_row_count; index++) [values addObject:category_rows[index].identifier];
    return [NSArray arrayWithArray:values];
}

NSString *_Nullable StatusCategoryTitle(StatusCategory category) {
    const struct category_row *row = category_row_for(category);
    return row == NULL ? nil : row->title;
}

NSString *_Nullable StatusCategoryDescription(StatusCategory category) {
    const struct category_row *row = category_row_for(category);
    return row == NULL ? nil : row->description;
}
