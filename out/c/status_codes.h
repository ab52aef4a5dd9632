/* Generated from spec/status-codes.yaml by status-codegen — do not edit. */

#ifndef STATUS_CODE_H_
#define STATUS_CODE_H_

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Every status code, by its canonical name. */
typedef enum status_code {
    /** The operation succeeded. */
    STATUS_CODE_OK = 200,
    /** Incorrect client version. You must upgrade the SDK. */
    STATUS_CODE_INVALID_VERSION = 201,
    /** The account or channel is banned. */
    STATUS_CODE_ACCOUNT_OR_CHANNEL_BANNED = 301,
    /** Incorrect user name or password. */
    STATUS_CODE_INVALID_PASSWORD = 302,
    /** IP address restriction. */
    STATUS_CODE_IP_NOT_ALLOWED = 315,
    /** Invalid operation or no permission */
    STATUS_CODE_FORBIDDEN = 403,
    /** No object found */
    STATUS_CODE_NOT_FOUND = 404,
    /** The parameter length is too long */
    STATUS_CODE_PARAMETER_TOO_LONG = 405,
    /** Read-only object */
    STATUS_CODE_READ_ONLY = 406,
    /** Client request times out */
    STATUS_CODE_TIMEOUT = 408,
    /** SMS verification failed */
    STATUS_CODE_SMS_VERIFICATION_FAILED = 413,
    /** Error parameters */
    STATUS_CODE_PARAMETER_ERROR = 414,
    /** Client network issue */
    STATUS_CODE_CONNECTION_ERROR = 415,
    /** Rate upper limit is reached. */
    STATUS_CODE_RATE_LIMIT = 416,
    /** Repeated operation */
    STATUS_CODE_ALREADY_EXISTS = 417,
    /** SMS channel is not available */
    STATUS_CODE_SMS_CHANNEL_UNAVAILABLE = 418,
    /** The quantity exceeds the upper limit */
    STATUS_CODE_LIMIT_EXCEEDED = 419,
    /** Account is banned. */
    STATUS_CODE_ACCOUNT_BLOCKED = 422,
    /** Account is muted. */
    STATUS_CODE_ACCOUNT_MUTED = 423,
    /** HTTP request is repeated. */
    STATUS_CODE_DUPLICATE_HTTP_REQUEST = 431,
    /** Server internal error. */
    STATUS_CODE_SERVER_INTERNAL_ERROR = 500,
    /** Server is busy. */
    STATUS_CODE_SERVER_BUSY = 503,
    /** Message recall times out. */
    STATUS_CODE_MESSAGE_RECALL_EXPIRED = 508,
    /** Invalid protocol. */
    STATUS_CODE_INVALID_PROTOCOL = 509,
    /** Service unavailable. */
    STATUS_CODE_SERVICE_UNAVAILABLE = 514,
    /** The number of team members exceeds the upper limit. */
    STATUS_CODE_TEAM_MEMBER_LIMIT = 801,
    /** No permissions. */
    STATUS_CODE_TEAM_ACCESS_DENIED = 802,
    /** Team does not exist. */
    STATUS_CODE_TEAM_NOT_FOUND = 803,
    /** User does not join the team. */
    STATUS_CODE_NOT_IN_TEAM = 804,
    /** Team type does not match. */
    STATUS_CODE_TEAM_TYPE_MISMATCH = 805,
    /** The number of teams created reaches the upper limit. */
    STATUS_CODE_TEAM_COUNT_LIMIT = 806,
    /** Team member status error. */
    STATUS_CODE_TEAM_MEMBER_STATUS_ERROR = 807,
    /** Application approved. */
    STATUS_CODE_TEAM_APPLY_SUCCESS = 808,
    /** User is already in the team. */
    STATUS_CODE_ALREADY_IN_TEAM = 809,
    /** Successfully invited. */
    STATUS_CODE_TEAM_INVITE_SUCCESS = 810,
    /** The number of \@ mentioned accounts exceeds the upper limit. */
    STATUS_CODE_MENTION_LIMIT = 811,
    /** The team is muted, and ordinary members are not allowed to send messages. */
    STATUS_CODE_TEAM_MUTED = 812,
    /** Successful partial invitation of team members. */
    STATUS_CODE_TEAM_INVITE_PARTIAL_SUCCESS = 813,
    /** Team read receipt is prohibited. */
    STATUS_CODE_TEAM_READ_RECEIPT_DISABLED = 814,
    /** The number of team administrators exceeds the upper limit. */
    STATUS_CODE_TEAM_ADMIN_LIMIT = 815,
    /** Unpacking error. */
    STATUS_CODE_UNPACK_ERROR = 998,
    /** Packaging error. */
    STATUS_CODE_PACK_ERROR = 999,
    /** Channel fails. */
    STATUS_CODE_CHANNEL_FAILED = 9102,
    /** The call is responded on other device. */
    STATUS_CODE_CALL_ANSWERED_ELSEWHERE = 9103,
    /** The CommsEase account of a peer is offline. */
    STATUS_CODE_SIGNAL_PEER_OFFLINE = 10201,
    /** The CommsEase account of a peer is offline, and push notifications can not be delivered. */
    STATUS_CODE_SIGNAL_PEER_PUSH_OFFLINE = 10202,
    /** The room does not exist */
    STATUS_CODE_SIGNAL_ROOM_NOT_FOUND = 10404,
    /** The room already exists */
    STATUS_CODE_SIGNAL_ROOM_EXISTS = 10405,
    /** The user is not in the room */
    STATUS_CODE_SIGNAL_NOT_IN_ROOM = 10406,
    /** The user already exists in the room */
    STATUS_CODE_SIGNAL_ALREADY_IN_ROOM = 10407,
    /** Invitation does not exist or has expired. */
    STATUS_CODE_SIGNAL_INVITE_NOT_FOUND = 10408,
    /** Invitation is rejected. */
    STATUS_CODE_SIGNAL_INVITE_REJECTED = 10409,
    /** Invitation is accepted. */
    STATUS_CODE_SIGNAL_INVITE_ACCEPTED = 10410,
    /** Duplicate Uids. */
    STATUS_CODE_SIGNAL_UID_CONFLICT = 10417,
    /** The number of room members reaches the upper limit. */
    STATUS_CODE_SIGNAL_ROOM_MEMBER_LIMIT = 10419,
    /** The user already exists in the room (joining from other ends) */
    STATUS_CODE_SIGNAL_ALREADY_IN_ROOM_ELSEWHERE = 10420,
    /** The mailbox format is invalid. */
    STATUS_CODE_INVALID_EMAIL_FORMAT = 10431,
    /** Mobile phone format is invalid. */
    STATUS_CODE_INVALID_PHONE_FORMAT = 10432,
    /** Password confirmation failed. */
    STATUS_CODE_PASSWORD_CONFIRMATION_FAILED = 10433,
    /** The company does not exist. */
    STATUS_CODE_COMPANY_NOT_FOUND = 10434,
    /** Incorrect login account or password. */
    STATUS_CODE_INVALID_LOGIN_CREDENTIALS = 10435,
    /** App cannot be found. */
    STATUS_CODE_APP_NOT_FOUND = 10436,
    /** Email already exists. */
    STATUS_CODE_EMAIL_EXISTS = 10437,
    /** Mobile phone number already exists. */
    STATUS_CODE_PHONE_EXISTS = 10438,
    /** app name already exists. */
    STATUS_CODE_APP_NAME_EXISTS = 10441,
    /** The call is unreachable, and the caller goes offline. */
    STATUS_CODE_CALL_UNREACHABLE = 11001,
    /** IM connection is abnormal. */
    STATUS_CODE_CHATROOM_IM_LINK_ERROR = 13001,
    /** Chat room status is abnormal. */
    STATUS_CODE_CHATROOM_STATUS_ERROR = 13002,
    /** The account is in the blocklist, it is prohibited from joining the chat room. */
    STATUS_CODE_CHATROOM_BLOCKLISTED = 13003,
    /** Banned accounts are not allowed to send messages. */
    STATUS_CODE_CHATROOM_MUTED = 13004,
    /** The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service. */
    STATUS_CODE_CHATROOM_ANTISPAM_FILTERED = 13005,
} status_code;

/** A group of status codes, following the sections of the status code table. */
typedef struct status_code_category_info {
    /** The category's kebab-case id, as each code's `category` gives it. */
    const char *id;
    /** A heading for people. */
    const char *title;
    /** What the category's codes have in common. */
    const char *description;
} status_code_category_info;

/** One status code and what it means; every text is UTF-8. */
typedef struct status_code_info {
    /** The number the server or SDK returns. */
    int code;
    /** The canonical SCREAMING_SNAKE_CASE name, such as "RATE_LIMIT". */
    const char *name;
    /** The id of its category. */
    const char *category;
    /** What the code means. */
    const char *message;
    /** "success", "info" or "error". */
    const char *kind;
    /** True when the same request may succeed if sent again later. */
    bool retryable;
} status_code_info;

/** The version of the status-code table this file was generated from: the spec's `version`. */
extern const char status_code_table_version[];

/** Every category, in the table's order. */
extern const status_code_category_info status_code_category_table[];

/** How many entries status_code_category_table has. */
extern const size_t status_code_category_count;

/** Every status code, sorted by code. */
extern const status_code_info status_code_table[];

/** How many entries status_code_table has. */
extern const size_t status_code_count;

/** The status code with this number, or NULL when the table has none (a binary search; it allocates nothing). */
const status_code_info *status_code_find(int code);

#ifdef __cplusplus
}
#endif

#endif /* STATUS_CODE_H_ */
