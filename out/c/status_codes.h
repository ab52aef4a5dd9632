/* Generated from spec/status-codes.yaml by status-codegen — do not edit. */

#ifndef STATUS_CODE_H_
#define STATUS_CODE_H_

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Marks a deprecated code's enumerator, so that the compiler warns at each use: C++17's attribute, or
 * GCC's and Clang's in C and earlier C++; nothing for a compiler that has neither on an enumerator.
 */
#if defined(__cplusplus) && __cplusplus >= 201703L
#define STATUS_CODE_DEPRECATED_(message) [[deprecated(message)]]
#elif defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 6)
#define STATUS_CODE_DEPRECATED_(message) __attribute__((deprecated(message)))
#else
#define STATUS_CODE_DEPRECATED_(message)
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

    /* Legacy names: the table's former names and the desktop SDK's NIMResCode names, each deprecated. */
    /**
     * kNIMResSuccess is a name from the desktop SDKs for 200 OK.
     *
     * @deprecated Use STATUS_CODE_OK instead.
     */
    kNIMResSuccess STATUS_CODE_DEPRECATED_("kNIMResSuccess is a name from the desktop SDKs for 200 OK.") = STATUS_CODE_OK,
    /**
     * kNIMResVersionError is a name from the desktop SDKs for 201 INVALID_VERSION.
     *
     * @deprecated Use STATUS_CODE_INVALID_VERSION instead.
     */
    kNIMResVersionError STATUS_CODE_DEPRECATED_("kNIMResVersionError is a name from the desktop SDKs for 201 INVALID_VERSION.") = STATUS_CODE_INVALID_VERSION,
    /**
     * kNIMResUidPassError is a name from the desktop SDKs for 302 INVALID_PASSWORD.
     *
     * @deprecated Use STATUS_CODE_INVALID_PASSWORD instead.
     */
    kNIMResUidPassError STATUS_CODE_DEPRECATED_("kNIMResUidPassError is a name from the desktop SDKs for 302 INVALID_PASSWORD.") = STATUS_CODE_INVALID_PASSWORD,
    /**
     * kNIMResForbidden is a name from the desktop SDKs for 403 FORBIDDEN.
     *
     * @deprecated Use STATUS_CODE_FORBIDDEN instead.
     */
    kNIMResForbidden STATUS_CODE_DEPRECATED_("kNIMResForbidden is a name from the desktop SDKs for 403 FORBIDDEN.") = STATUS_CODE_FORBIDDEN,
    /**
     * kNIMResNotExist is a name from the desktop SDKs for 404 NOT_FOUND.
     *
     * @deprecated Use STATUS_CODE_NOT_FOUND instead.
     */
    kNIMResNotExist STATUS_CODE_DEPRECATED_("kNIMResNotExist is a name from the desktop SDKs for 404 NOT_FOUND.") = STATUS_CODE_NOT_FOUND,
    /**
     * kNIMResTimeoutError is a name from the desktop SDKs for 408 TIMEOUT.
     *
     * @deprecated Use STATUS_CODE_TIMEOUT instead.
     */
    kNIMResTimeoutError STATUS_CODE_DEPRECATED_("kNIMResTimeoutError is a name from the desktop SDKs for 408 TIMEOUT.") = STATUS_CODE_TIMEOUT,
    /**
     * kNIMResParameterError is a name from the desktop SDKs for 414 PARAMETER_ERROR.
     *
     * @deprecated Use STATUS_CODE_PARAMETER_ERROR instead.
     */
    kNIMResParameterError STATUS_CODE_DEPRECATED_("kNIMResParameterError is a name from the desktop SDKs for 414 PARAMETER_ERROR.") = STATUS_CODE_PARAMETER_ERROR,
    /**
     * kNIMResConnectionError is a name from the desktop SDKs for 415 CONNECTION_ERROR.
     *
     * @deprecated Use STATUS_CODE_CONNECTION_ERROR instead.
     */
    kNIMResConnectionError STATUS_CODE_DEPRECATED_("kNIMResConnectionError is a name from the desktop SDKs for 415 CONNECTION_ERROR.") = STATUS_CODE_CONNECTION_ERROR,
    /**
     * kNIMResFrequently is a name from the desktop SDKs for 416 RATE_LIMIT.
     *
     * @deprecated Use STATUS_CODE_RATE_LIMIT instead.
     */
    kNIMResFrequently STATUS_CODE_DEPRECATED_("kNIMResFrequently is a name from the desktop SDKs for 416 RATE_LIMIT.") = STATUS_CODE_RATE_LIMIT,
    /**
     * kNIMResExist is a name from the desktop SDKs for 417 ALREADY_EXISTS.
     *
     * @deprecated Use STATUS_CODE_ALREADY_EXISTS instead.
     */
    kNIMResExist STATUS_CODE_DEPRECATED_("kNIMResExist is a name from the desktop SDKs for 417 ALREADY_EXISTS.") = STATUS_CODE_ALREADY_EXISTS,
    /**
     * kNIMResOverrun is a name from the desktop SDKs for 419 LIMIT_EXCEEDED.
     *
     * @deprecated Use STATUS_CODE_LIMIT_EXCEEDED instead.
     */
    kNIMResOverrun STATUS_CODE_DEPRECATED_("kNIMResOverrun is a name from the desktop SDKs for 419 LIMIT_EXCEEDED.") = STATUS_CODE_LIMIT_EXCEEDED,
    /**
     * kNIMResAccountBlock is a name from the desktop SDKs for 422 ACCOUNT_BLOCKED.
     *
     * @deprecated Use STATUS_CODE_ACCOUNT_BLOCKED instead.
     */
    kNIMResAccountBlock STATUS_CODE_DEPRECATED_("kNIMResAccountBlock is a name from the desktop SDKs for 422 ACCOUNT_BLOCKED.") = STATUS_CODE_ACCOUNT_BLOCKED,
    /**
     * kNIMResUnknownError is a name from the desktop SDKs for 500 SERVER_INTERNAL_ERROR.
     *
     * @deprecated Use STATUS_CODE_SERVER_INTERNAL_ERROR instead.
     */
    kNIMResUnknownError STATUS_CODE_DEPRECATED_("kNIMResUnknownError is a name from the desktop SDKs for 500 SERVER_INTERNAL_ERROR.") = STATUS_CODE_SERVER_INTERNAL_ERROR,
    /**
     * kNIMResTooBuzy is a name from the desktop SDKs for 503 SERVER_BUSY.
     *
     * @deprecated Use STATUS_CODE_SERVER_BUSY instead.
     */
    kNIMResTooBuzy STATUS_CODE_DEPRECATED_("kNIMResTooBuzy is a name from the desktop SDKs for 503 SERVER_BUSY.") = STATUS_CODE_SERVER_BUSY,
    /**
     * kNIMResExceedLimit is a name from the desktop SDKs for 508 MESSAGE_RECALL_EXPIRED.
     *
     * @deprecated Use STATUS_CODE_MESSAGE_RECALL_EXPIRED instead.
     */
    kNIMResExceedLimit STATUS_CODE_DEPRECATED_("kNIMResExceedLimit is a name from the desktop SDKs for 508 MESSAGE_RECALL_EXPIRED.") = STATUS_CODE_MESSAGE_RECALL_EXPIRED,
    /**
     * kNIMResInvalid is a name from the desktop SDKs for 509 INVALID_PROTOCOL.
     *
     * @deprecated Use STATUS_CODE_INVALID_PROTOCOL instead.
     */
    kNIMResInvalid STATUS_CODE_DEPRECATED_("kNIMResInvalid is a name from the desktop SDKs for 509 INVALID_PROTOCOL.") = STATUS_CODE_INVALID_PROTOCOL,
    /**
     * kNIMResTeamECountLimit is a name from the desktop SDKs for 801 TEAM_MEMBER_LIMIT.
     *
     * @deprecated Use STATUS_CODE_TEAM_MEMBER_LIMIT instead.
     */
    kNIMResTeamECountLimit STATUS_CODE_DEPRECATED_("kNIMResTeamECountLimit is a name from the desktop SDKs for 801 TEAM_MEMBER_LIMIT.") = STATUS_CODE_TEAM_MEMBER_LIMIT,
    /**
     * kNIMResTeamENAccess is a name from the desktop SDKs for 802 TEAM_ACCESS_DENIED.
     *
     * @deprecated Use STATUS_CODE_TEAM_ACCESS_DENIED instead.
     */
    kNIMResTeamENAccess STATUS_CODE_DEPRECATED_("kNIMResTeamENAccess is a name from the desktop SDKs for 802 TEAM_ACCESS_DENIED.") = STATUS_CODE_TEAM_ACCESS_DENIED,
    /**
     * kNIMResTeamENotExist is a name from the desktop SDKs for 803 TEAM_NOT_FOUND.
     *
     * @deprecated Use STATUS_CODE_TEAM_NOT_FOUND instead.
     */
    kNIMResTeamENotExist STATUS_CODE_DEPRECATED_("kNIMResTeamENotExist is a name from the desktop SDKs for 803 TEAM_NOT_FOUND.") = STATUS_CODE_TEAM_NOT_FOUND,
    /**
     * kNIMResTeamEMemberNotExist is a name from the desktop SDKs for 804 NOT_IN_TEAM.
     *
     * @deprecated Use STATUS_CODE_NOT_IN_TEAM instead.
     */
    kNIMResTeamEMemberNotExist STATUS_CODE_DEPRECATED_("kNIMResTeamEMemberNotExist is a name from the desktop SDKs for 804 NOT_IN_TEAM.") = STATUS_CODE_NOT_IN_TEAM,
    /**
     * kNIMResTeamErrType is a name from the desktop SDKs for 805 TEAM_TYPE_MISMATCH.
     *
     * @deprecated Use STATUS_CODE_TEAM_TYPE_MISMATCH instead.
     */
    kNIMResTeamErrType STATUS_CODE_DEPRECATED_("kNIMResTeamErrType is a name from the desktop SDKs for 805 TEAM_TYPE_MISMATCH.") = STATUS_CODE_TEAM_TYPE_MISMATCH,
    /**
     * kNIMResTeamLimit is a name from the desktop SDKs for 806 TEAM_COUNT_LIMIT.
     *
     * @deprecated Use STATUS_CODE_TEAM_COUNT_LIMIT instead.
     */
    kNIMResTeamLimit STATUS_CODE_DEPRECATED_("kNIMResTeamLimit is a name from the desktop SDKs for 806 TEAM_COUNT_LIMIT.") = STATUS_CODE_TEAM_COUNT_LIMIT,
    /**
     * kNIMResTeamUserStatusErr is a name from the desktop SDKs for 807 TEAM_MEMBER_STATUS_ERROR.
     *
     * @deprecated Use STATUS_CODE_TEAM_MEMBER_STATUS_ERROR instead.
     */
    kNIMResTeamUserStatusErr STATUS_CODE_DEPRECATED_("kNIMResTeamUserStatusErr is a name from the desktop SDKs for 807 TEAM_MEMBER_STATUS_ERROR.") = STATUS_CODE_TEAM_MEMBER_STATUS_ERROR,
    /**
     * kNIMResTeamApplySuccess is a name from the desktop SDKs for 808 TEAM_APPLY_SUCCESS.
     *
     * @deprecated Use STATUS_CODE_TEAM_APPLY_SUCCESS instead.
     */
    kNIMResTeamApplySuccess STATUS_CODE_DEPRECATED_("kNIMResTeamApplySuccess is a name from the desktop SDKs for 808 TEAM_APPLY_SUCCESS.") = STATUS_CODE_TEAM_APPLY_SUCCESS,
    /**
     * kNIMResTeamAlreadyIn is a name from the desktop SDKs for 809 ALREADY_IN_TEAM.
     *
     * @deprecated Use STATUS_CODE_ALREADY_IN_TEAM instead.
     */
    kNIMResTeamAlreadyIn STATUS_CODE_DEPRECATED_("kNIMResTeamAlreadyIn is a name from the desktop SDKs for 809 ALREADY_IN_TEAM.") = STATUS_CODE_ALREADY_IN_TEAM,
    /**
     * kNIMResTeamInviteSuccess is a name from the desktop SDKs for 810 TEAM_INVITE_SUCCESS.
     *
     * @deprecated Use STATUS_CODE_TEAM_INVITE_SUCCESS instead.
     */
    kNIMResTeamInviteSuccess STATUS_CODE_DEPRECATED_("kNIMResTeamInviteSuccess is a name from the desktop SDKs for 810 TEAM_INVITE_SUCCESS.") = STATUS_CODE_TEAM_INVITE_SUCCESS,
    /**
     * kNIMResForcePushCountLimit is a name from the desktop SDKs for 811 MENTION_LIMIT.
     *
     * @deprecated Use STATUS_CODE_MENTION_LIMIT instead.
     */
    kNIMResForcePushCountLimit STATUS_CODE_DEPRECATED_("kNIMResForcePushCountLimit is a name from the desktop SDKs for 811 MENTION_LIMIT.") = STATUS_CODE_MENTION_LIMIT,
    /**
     * kNIMResEUnpacket is a name from the desktop SDKs for 998 UNPACK_ERROR.
     *
     * @deprecated Use STATUS_CODE_UNPACK_ERROR instead.
     */
    kNIMResEUnpacket STATUS_CODE_DEPRECATED_("kNIMResEUnpacket is a name from the desktop SDKs for 998 UNPACK_ERROR.") = STATUS_CODE_UNPACK_ERROR,
    /**
     * kNIMResEPacket is a name from the desktop SDKs for 999 PACK_ERROR.
     *
     * @deprecated Use STATUS_CODE_PACK_ERROR instead.
     */
    kNIMResEPacket STATUS_CODE_DEPRECATED_("kNIMResEPacket is a name from the desktop SDKs for 999 PACK_ERROR.") = STATUS_CODE_PACK_ERROR,
    /**
     * kNIMResPeerNimOffline is a name from the desktop SDKs for 10201 SIGNAL_PEER_OFFLINE.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_PEER_OFFLINE instead.
     */
    kNIMResPeerNimOffline STATUS_CODE_DEPRECATED_("kNIMResPeerNimOffline is a name from the desktop SDKs for 10201 SIGNAL_PEER_OFFLINE.") = STATUS_CODE_SIGNAL_PEER_OFFLINE,
    /**
     * kNIMResPeerPushOffline is a name from the desktop SDKs for 10202 SIGNAL_PEER_PUSH_OFFLINE.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_PEER_PUSH_OFFLINE instead.
     */
    kNIMResPeerPushOffline STATUS_CODE_DEPRECATED_("kNIMResPeerPushOffline is a name from the desktop SDKs for 10202 SIGNAL_PEER_PUSH_OFFLINE.") = STATUS_CODE_SIGNAL_PEER_PUSH_OFFLINE,
    /**
     * kNIMResRoomNotExists is a name from the desktop SDKs for 10404 SIGNAL_ROOM_NOT_FOUND.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_ROOM_NOT_FOUND instead.
     */
    kNIMResRoomNotExists STATUS_CODE_DEPRECATED_("kNIMResRoomNotExists is a name from the desktop SDKs for 10404 SIGNAL_ROOM_NOT_FOUND.") = STATUS_CODE_SIGNAL_ROOM_NOT_FOUND,
    /**
     * kNIMResRoomHasExists is a name from the desktop SDKs for 10405 SIGNAL_ROOM_EXISTS.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_ROOM_EXISTS instead.
     */
    kNIMResRoomHasExists STATUS_CODE_DEPRECATED_("kNIMResRoomHasExists is a name from the desktop SDKs for 10405 SIGNAL_ROOM_EXISTS.") = STATUS_CODE_SIGNAL_ROOM_EXISTS,
    /**
     * kNIMResRoomMemberNotExists is a name from the desktop SDKs for 10406 SIGNAL_NOT_IN_ROOM.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_NOT_IN_ROOM instead.
     */
    kNIMResRoomMemberNotExists STATUS_CODE_DEPRECATED_("kNIMResRoomMemberNotExists is a name from the desktop SDKs for 10406 SIGNAL_NOT_IN_ROOM.") = STATUS_CODE_SIGNAL_NOT_IN_ROOM,
    /**
     * kNIMResRoomMemberHasExists is a name from the desktop SDKs for 10407 SIGNAL_ALREADY_IN_ROOM.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_ALREADY_IN_ROOM instead.
     */
    kNIMResRoomMemberHasExists STATUS_CODE_DEPRECATED_("kNIMResRoomMemberHasExists is a name from the desktop SDKs for 10407 SIGNAL_ALREADY_IN_ROOM.") = STATUS_CODE_SIGNAL_ALREADY_IN_ROOM,
    /**
     * kNIMResRoomInviteNotExists is a name from the desktop SDKs for 10408 SIGNAL_INVITE_NOT_FOUND.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_INVITE_NOT_FOUND instead.
     */
    kNIMResRoomInviteNotExists STATUS_CODE_DEPRECATED_("kNIMResRoomInviteNotExists is a name from the desktop SDKs for 10408 SIGNAL_INVITE_NOT_FOUND.") = STATUS_CODE_SIGNAL_INVITE_NOT_FOUND,
    /**
     * kNIMResRoomInviteHasReject is a name from the desktop SDKs for 10409 SIGNAL_INVITE_REJECTED.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_INVITE_REJECTED instead.
     */
    kNIMResRoomInviteHasReject STATUS_CODE_DEPRECATED_("kNIMResRoomInviteHasReject is a name from the desktop SDKs for 10409 SIGNAL_INVITE_REJECTED.") = STATUS_CODE_SIGNAL_INVITE_REJECTED,
    /**
     * kNIMResRoomInviteHasAccept is a name from the desktop SDKs for 10410 SIGNAL_INVITE_ACCEPTED.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_INVITE_ACCEPTED instead.
     */
    kNIMResRoomInviteHasAccept STATUS_CODE_DEPRECATED_("kNIMResRoomInviteHasAccept is a name from the desktop SDKs for 10410 SIGNAL_INVITE_ACCEPTED.") = STATUS_CODE_SIGNAL_INVITE_ACCEPTED,
    /**
     * kNIMResRoomUidConflict is a name from the desktop SDKs for 10417 SIGNAL_UID_CONFLICT.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_UID_CONFLICT instead.
     */
    kNIMResRoomUidConflict STATUS_CODE_DEPRECATED_("kNIMResRoomUidConflict is a name from the desktop SDKs for 10417 SIGNAL_UID_CONFLICT.") = STATUS_CODE_SIGNAL_UID_CONFLICT,
    /**
     * kNIMResRoomMemberExceed is a name from the desktop SDKs for 10419 SIGNAL_ROOM_MEMBER_LIMIT.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_ROOM_MEMBER_LIMIT instead.
     */
    kNIMResRoomMemberExceed STATUS_CODE_DEPRECATED_("kNIMResRoomMemberExceed is a name from the desktop SDKs for 10419 SIGNAL_ROOM_MEMBER_LIMIT.") = STATUS_CODE_SIGNAL_ROOM_MEMBER_LIMIT,
    /**
     * kNIMResRoomMemberHasExistsOtherClient is a name from the desktop SDKs for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE.
     *
     * @deprecated Use STATUS_CODE_SIGNAL_ALREADY_IN_ROOM_ELSEWHERE instead.
     */
    kNIMResRoomMemberHasExistsOtherClient STATUS_CODE_DEPRECATED_("kNIMResRoomMemberHasExistsOtherClient is a name from the desktop SDKs for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE.") = STATUS_CODE_SIGNAL_ALREADY_IN_ROOM_ELSEWHERE,
    /**
     * kNIMResRoomLinkError is a name from the desktop SDKs for 13001 CHATROOM_IM_LINK_ERROR.
     *
     * @deprecated Use STATUS_CODE_CHATROOM_IM_LINK_ERROR instead.
     */
    kNIMResRoomLinkError STATUS_CODE_DEPRECATED_("kNIMResRoomLinkError is a name from the desktop SDKs for 13001 CHATROOM_IM_LINK_ERROR.") = STATUS_CODE_CHATROOM_IM_LINK_ERROR,
    /**
     * kNIMResRoomError is a name from the desktop SDKs for 13002 CHATROOM_STATUS_ERROR.
     *
     * @deprecated Use STATUS_CODE_CHATROOM_STATUS_ERROR instead.
     */
    kNIMResRoomError STATUS_CODE_DEPRECATED_("kNIMResRoomError is a name from the desktop SDKs for 13002 CHATROOM_STATUS_ERROR.") = STATUS_CODE_CHATROOM_STATUS_ERROR,
    /**
     * kNIMResRoomBlackBeOut is a name from the desktop SDKs for 13003 CHATROOM_BLOCKLISTED.
     *
     * @deprecated Use STATUS_CODE_CHATROOM_BLOCKLISTED instead.
     */
    kNIMResRoomBlackBeOut STATUS_CODE_DEPRECATED_("kNIMResRoomBlackBeOut is a name from the desktop SDKs for 13003 CHATROOM_BLOCKLISTED.") = STATUS_CODE_CHATROOM_BLOCKLISTED,
    /**
     * kNIMResRoomBeMuted is a name from the desktop SDKs for 13004 CHATROOM_MUTED.
     *
     * @deprecated Use STATUS_CODE_CHATROOM_MUTED instead.
     */
    kNIMResRoomBeMuted STATUS_CODE_DEPRECATED_("kNIMResRoomBeMuted is a name from the desktop SDKs for 13004 CHATROOM_MUTED.") = STATUS_CODE_CHATROOM_MUTED,
} status_code;

#undef STATUS_CODE_DEPRECATED_

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
