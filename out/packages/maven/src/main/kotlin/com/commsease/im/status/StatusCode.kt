// Generated from spec/status-codes.yaml by status-codegen — do not edit.

package com.commsease.im.status

/** A group of status codes, following the sections of the status code table. */
enum class StatusCategory(val id: String, val title: String, val description: String) {
    /** General */
    GENERAL("general", "General", "Codes any request can return, from login and permissions to rate limits and server errors."),
    /** Team */
    TEAM("team", "Team", "Codes returned by team (group chat) operations, codes 801 to 815."),
    /** Audio & video calls and whiteboard */
    AV_CALL("av-call", "Audio & video calls and whiteboard", "Codes returned by audio and video calls and by the whiteboard."),
    /** Chat room */
    CHATROOM("chatroom", "Chat room", "Codes returned by chat room operations."),
    /** Account registration service */
    REGISTRATION("registration", "Account registration service", "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts."),
    /** Signaling service */
    SIGNALING("signaling", "Signaling service", "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers."),
    ;

    companion object {
        private val byId: Map<String, StatusCategory> = entries.associateBy { it.id }

        /** The category with this [id], or null when there is none. */
        @JvmStatic
        fun fromId(id: String): StatusCategory? = byId[id]
    }
}

/** Whether a code reports success, information (such as a partial success) or an error. */
enum class StatusKind(val id: String) {
    SUCCESS("success"),
    INFO("info"),
    ERROR("error"),
    ;
}

/**
 * Every status code, by its canonical name. Its properties are read from [Table] by ordinal: an
 * entry per code and nothing else in the static initializer keeps the enum within the JVM's 64 KB limit
 * for far more codes than entries with constructor arguments (about 2,000) would allow.
 */
enum class StatusCode {
    /** The operation succeeded. */
    OK,
    /** Incorrect client version. You must upgrade the SDK. */
    INVALID_VERSION,
    /** The account or channel is banned. */
    ACCOUNT_OR_CHANNEL_BANNED,
    /** Incorrect user name or password. */
    INVALID_PASSWORD,
    /** IP address restriction. */
    IP_NOT_ALLOWED,
    /** Invalid operation or no permission */
    FORBIDDEN,
    /** No object found */
    NOT_FOUND,
    /** The parameter length is too long */
    PARAMETER_TOO_LONG,
    /** Read-only object */
    READ_ONLY,
    /** Client request times out */
    TIMEOUT,
    /** SMS verification failed */
    SMS_VERIFICATION_FAILED,
    /** Error parameters */
    PARAMETER_ERROR,
    /** Client network issue */
    CONNECTION_ERROR,
    /** Rate upper limit is reached. */
    RATE_LIMIT,
    /** Repeated operation */
    ALREADY_EXISTS,
    /** SMS channel is not available */
    SMS_CHANNEL_UNAVAILABLE,
    /** The quantity exceeds the upper limit */
    LIMIT_EXCEEDED,
    /** Account is banned. */
    ACCOUNT_BLOCKED,
    /** Account is muted. */
    ACCOUNT_MUTED,
    /** HTTP request is repeated. */
    DUPLICATE_HTTP_REQUEST,
    /** Server internal error. */
    SERVER_INTERNAL_ERROR,
    /** Server is busy. */
    SERVER_BUSY,
    /** Message recall times out. */
    MESSAGE_RECALL_EXPIRED,
    /** Invalid protocol. */
    INVALID_PROTOCOL,
    /** Service unavailable. */
    SERVICE_UNAVAILABLE,
    /** The number of team members exceeds the upper limit. */
    TEAM_MEMBER_LIMIT,
    /** No permissions. */
    TEAM_ACCESS_DENIED,
    /** Team does not exist. */
    TEAM_NOT_FOUND,
    /** User does not join the team. */
    NOT_IN_TEAM,
    /** Team type does not match. */
    TEAM_TYPE_MISMATCH,
    /** The number of teams created reaches the upper limit. */
    TEAM_COUNT_LIMIT,
    /** Team member status error. */
    TEAM_MEMBER_STATUS_ERROR,
    /** Application approved. */
    TEAM_APPLY_SUCCESS,
    /** User is already in the team. */
    ALREADY_IN_TEAM,
    /** Successfully invited. */
    TEAM_INVITE_SUCCESS,
    /** The number of @ mentioned accounts exceeds the upper limit. */
    MENTION_LIMIT,
    /** The team is muted, and ordinary members are not allowed to send messages. */
    TEAM_MUTED,
    /** Successful partial invitation of team members. */
    TEAM_INVITE_PARTIAL_SUCCESS,
    /** Team read receipt is prohibited. */
    TEAM_READ_RECEIPT_DISABLED,
    /** The number of team administrators exceeds the upper limit. */
    TEAM_ADMIN_LIMIT,
    /** Unpacking error. */
    UNPACK_ERROR,
    /** Packaging error. */
    PACK_ERROR,
    /** Channel fails. */
    CHANNEL_FAILED,
    /** The call is responded on other device. */
    CALL_ANSWERED_ELSEWHERE,
    /** The CommsEase account of a peer is offline. */
    SIGNAL_PEER_OFFLINE,
    /** The CommsEase account of a peer is offline, and push notifications can not be delivered. */
    SIGNAL_PEER_PUSH_OFFLINE,
    /** The room does not exist */
    SIGNAL_ROOM_NOT_FOUND,
    /** The room already exists */
    SIGNAL_ROOM_EXISTS,
    /** The user is not in the room */
    SIGNAL_NOT_IN_ROOM,
    /** The user already exists in the room */
    SIGNAL_ALREADY_IN_ROOM,
    /** Invitation does not exist or has expired. */
    SIGNAL_INVITE_NOT_FOUND,
    /** Invitation is rejected. */
    SIGNAL_INVITE_REJECTED,
    /** Invitation is accepted. */
    SIGNAL_INVITE_ACCEPTED,
    /** Duplicate Uids. */
    SIGNAL_UID_CONFLICT,
    /** The number of room members reaches the upper limit. */
    SIGNAL_ROOM_MEMBER_LIMIT,
    /** The user already exists in the room (joining from other ends) */
    SIGNAL_ALREADY_IN_ROOM_ELSEWHERE,
    /** The mailbox format is invalid. */
    INVALID_EMAIL_FORMAT,
    /** Mobile phone format is invalid. */
    INVALID_PHONE_FORMAT,
    /** Password confirmation failed. */
    PASSWORD_CONFIRMATION_FAILED,
    /** The company does not exist. */
    COMPANY_NOT_FOUND,
    /** Incorrect login account or password. */
    INVALID_LOGIN_CREDENTIALS,
    /** App cannot be found. */
    APP_NOT_FOUND,
    /** Email already exists. */
    EMAIL_EXISTS,
    /** Mobile phone number already exists. */
    PHONE_EXISTS,
    /** app name already exists. */
    APP_NAME_EXISTS,
    /** The call is unreachable, and the caller goes offline. */
    CALL_UNREACHABLE,
    /** IM connection is abnormal. */
    CHATROOM_IM_LINK_ERROR,
    /** Chat room status is abnormal. */
    CHATROOM_STATUS_ERROR,
    /** The account is in the blocklist, it is prohibited from joining the chat room. */
    CHATROOM_BLOCKLISTED,
    /** Banned accounts are not allowed to send messages. */
    CHATROOM_MUTED,
    /** The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service. */
    CHATROOM_ANTISPAM_FILTERED,
    ;

    /** The number the server or SDK returns. */
    val code: Int get() = Table.codes[ordinal]

    /** What the code means. */
    val message: String get() = Table.messages[ordinal]

    /** The group the code belongs to. */
    val category: StatusCategory get() = StatusCategory.entries[Table.categories[ordinal]]

    /** Whether the code reports success, information or an error. */
    val kind: StatusKind get() = StatusKind.entries[Table.kinds[ordinal]]

    /** True when the same request may succeed if sent again later. */
    val isRetryable: Boolean get() = Table.retryable[ordinal]

    /** Each entry's values, by ordinal, filled a chunk of rows per method (a method holds at most 64 KB). */
    private object Table {
        val codes = IntArray(71)
        val messages = Array(71) { "" }
        val categories = IntArray(71)
        val kinds = IntArray(71)
        val retryable = BooleanArray(71)

        init {
            fill0()
        }

        private fun row(index: Int, code: Int, message: String, category: Int, kind: Int, isRetryable: Boolean) {
            codes[index] = code
            messages[index] = message
            categories[index] = category
            kinds[index] = kind
            retryable[index] = isRetryable
        }

        private fun fill0() {
            row(0, 200, "The operation succeeded.", 0, 0, false)
            row(1, 201, "Incorrect client version. You must upgrade the SDK.", 0, 2, false)
            row(2, 301, "The account or channel is banned.", 0, 2, false)
            row(3, 302, "Incorrect user name or password.", 0, 2, false)
            row(4, 315, "IP address restriction.", 0, 2, false)
            row(5, 403, "Invalid operation or no permission", 0, 2, false)
            row(6, 404, "No object found", 0, 2, false)
            row(7, 405, "The parameter length is too long", 0, 2, false)
            row(8, 406, "Read-only object", 0, 2, false)
            row(9, 408, "Client request times out", 0, 2, true)
            row(10, 413, "SMS verification failed", 0, 2, false)
            row(11, 414, "Error parameters", 0, 2, false)
            row(12, 415, "Client network issue", 0, 2, true)
            row(13, 416, "Rate upper limit is reached.", 0, 2, true)
            row(14, 417, "Repeated operation", 0, 2, false)
            row(15, 418, "SMS channel is not available", 0, 2, true)
            row(16, 419, "The quantity exceeds the upper limit", 0, 2, false)
            row(17, 422, "Account is banned.", 0, 2, false)
            row(18, 423, "Account is muted.", 0, 2, false)
            row(19, 431, "HTTP request is repeated.", 0, 2, false)
            row(20, 500, "Server internal error.", 0, 2, false)
            row(21, 503, "Server is busy.", 0, 2, true)
            row(22, 508, "Message recall times out.", 0, 2, false)
            row(23, 509, "Invalid protocol.", 0, 2, false)
            row(24, 514, "Service unavailable.", 0, 2, true)
            row(25, 801, "The number of team members exceeds the upper limit.", 1, 2, false)
            row(26, 802, "No permissions.", 1, 2, false)
            row(27, 803, "Team does not exist.", 1, 2, false)
            row(28, 804, "User does not join the team.", 1, 2, false)
            row(29, 805, "Team type does not match.", 1, 2, false)
            row(30, 806, "The number of teams created reaches the upper limit.", 1, 2, false)
            row(31, 807, "Team member status error.", 1, 2, false)
            row(32, 808, "Application approved.", 1, 0, false)
            row(33, 809, "User is already in the team.", 1, 2, false)
            row(34, 810, "Successfully invited.", 1, 0, false)
            row(35, 811, "The number of @ mentioned accounts exceeds the upper limit.", 1, 2, false)
            row(36, 812, "The team is muted, and ordinary members are not allowed to send messages.", 1, 2, false)
            row(37, 813, "Successful partial invitation of team members.", 1, 1, false)
            row(38, 814, "Team read receipt is prohibited.", 1, 2, false)
            row(39, 815, "The number of team administrators exceeds the upper limit.", 1, 2, false)
            row(40, 998, "Unpacking error.", 0, 2, false)
            row(41, 999, "Packaging error.", 0, 2, false)
            row(42, 9102, "Channel fails.", 2, 2, false)
            row(43, 9103, "The call is responded on other device.", 2, 2, false)
            row(44, 10201, "The CommsEase account of a peer is offline.", 5, 2, false)
            row(45, 10202, "The CommsEase account of a peer is offline, and push notifications can not be delivered.", 5, 2, false)
            row(46, 10404, "The room does not exist", 5, 2, false)
            row(47, 10405, "The room already exists", 5, 2, false)
            row(48, 10406, "The user is not in the room", 5, 2, false)
            row(49, 10407, "The user already exists in the room", 5, 2, false)
            row(50, 10408, "Invitation does not exist or has expired.", 5, 2, false)
            row(51, 10409, "Invitation is rejected.", 5, 2, false)
            row(52, 10410, "Invitation is accepted.", 5, 2, false)
            row(53, 10417, "Duplicate Uids.", 5, 2, false)
            row(54, 10419, "The number of room members reaches the upper limit.", 5, 2, false)
            row(55, 10420, "The user already exists in the room (joining from other ends)", 5, 2, false)
            row(56, 10431, "The mailbox format is invalid.", 4, 2, false)
            row(57, 10432, "Mobile phone format is invalid.", 4, 2, false)
            row(58, 10433, "Password confirmation failed.", 4, 2, false)
            row(59, 10434, "The company does not exist.", 4, 2, false)
            row(60, 10435, "Incorrect login account or password.", 4, 2, false)
            row(61, 10436, "App cannot be found.", 4, 2, false)
            row(62, 10437, "Email already exists.", 4, 2, false)
            row(63, 10438, "Mobile phone number already exists.", 4, 2, false)
            row(64, 10441, "app name already exists.", 4, 2, false)
            row(65, 11001, "The call is unreachable, and the caller goes offline.", 2, 2, false)
            row(66, 13001, "IM connection is abnormal.", 3, 2, true)
            row(67, 13002, "Chat room status is abnormal.", 3, 2, false)
            row(68, 13003, "The account is in the blocklist, it is prohibited from joining the chat room.", 3, 2, false)
            row(69, 13004, "Banned accounts are not allowed to send messages.", 3, 2, false)
            row(70, 13005, "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", 3, 2, false)
        }
    }

    companion object {
        /** The version of the status-code table this file was generated from: the spec's `version`. */
        const val TABLE_VERSION: String = "1.0.0"

        private val byCode: Map<Int, StatusCode> = entries.associateBy { it.code }

        /** The status code with this number, or null when the table has none. */
        @JvmStatic
        fun fromCode(code: Int): StatusCode? = byCode[code]

        /** RES_SUCCESS is a name from the Android SDK for 200 OK. */
        @Deprecated("RES_SUCCESS is a name from the Android SDK for 200 OK.")
        const val RES_SUCCESS: Short = 200

        /** RES_EUIDPASS is a name from the Android SDK for 302 INVALID_PASSWORD. */
        @Deprecated("RES_EUIDPASS is a name from the Android SDK for 302 INVALID_PASSWORD.")
        const val RES_EUIDPASS: Short = 302

        /** RES_IP_NOT_ALLOWED is a name from the Android SDK for 315 IP_NOT_ALLOWED. */
        @Deprecated("RES_IP_NOT_ALLOWED is a name from the Android SDK for 315 IP_NOT_ALLOWED.")
        const val RES_IP_NOT_ALLOWED: Short = 315

        /** RES_FORBIDDEN is a name from the Android SDK for 403 FORBIDDEN. */
        @Deprecated("RES_FORBIDDEN is a name from the Android SDK for 403 FORBIDDEN.")
        const val RES_FORBIDDEN: Short = 403

        /** RES_ENONEXIST is a name from the Android SDK for 404 NOT_FOUND. */
        @Deprecated("RES_ENONEXIST is a name from the Android SDK for 404 NOT_FOUND.")
        const val RES_ENONEXIST: Short = 404

        /** RES_ETIMEOUT is a name from the Android SDK for 408 TIMEOUT. */
        @Deprecated("RES_ETIMEOUT is a name from the Android SDK for 408 TIMEOUT.")
        const val RES_ETIMEOUT: Short = 408

        /** RES_EPARAM is a name from the Android SDK for 414 PARAMETER_ERROR. */
        @Deprecated("RES_EPARAM is a name from the Android SDK for 414 PARAMETER_ERROR.")
        const val RES_EPARAM: Short = 414

        /** RES_ECONNECTION is a name from the Android SDK for 415 CONNECTION_ERROR. */
        @Deprecated("RES_ECONNECTION is a name from the Android SDK for 415 CONNECTION_ERROR.")
        const val RES_ECONNECTION: Short = 415

        /** RES_EFREQUENTLY is a name from the Android SDK for 416 RATE_LIMIT. */
        @Deprecated("RES_EFREQUENTLY is a name from the Android SDK for 416 RATE_LIMIT.")
        const val RES_EFREQUENTLY: Short = 416

        /** RES_EEXIST is a name from the Android SDK for 417 ALREADY_EXISTS. */
        @Deprecated("RES_EEXIST is a name from the Android SDK for 417 ALREADY_EXISTS.")
        const val RES_EEXIST: Short = 417

        /** RES_ACCOUNT_BLOCK is a name from the Android SDK for 422 ACCOUNT_BLOCKED. */
        @Deprecated("RES_ACCOUNT_BLOCK is a name from the Android SDK for 422 ACCOUNT_BLOCKED.")
        const val RES_ACCOUNT_BLOCK: Short = 422

        /** RES_EUNKNOWN is a name from the Android SDK for 500 SERVER_INTERNAL_ERROR. */
        @Deprecated("RES_EUNKNOWN is a name from the Android SDK for 500 SERVER_INTERNAL_ERROR.")
        const val RES_EUNKNOWN: Short = 500

        /** RES_TOOBUZY is a name from the Android SDK for 503 SERVER_BUSY. */
        @Deprecated("RES_TOOBUZY is a name from the Android SDK for 503 SERVER_BUSY.")
        const val RES_TOOBUZY: Short = 503

        /** RES_OVERDUE is a name from the Android SDK for 508 MESSAGE_RECALL_EXPIRED. */
        @Deprecated("RES_OVERDUE is a name from the Android SDK for 508 MESSAGE_RECALL_EXPIRED.")
        const val RES_OVERDUE: Short = 508

        /** RES_INVALID is a name from the Android SDK for 509 INVALID_PROTOCOL. */
        @Deprecated("RES_INVALID is a name from the Android SDK for 509 INVALID_PROTOCOL.")
        const val RES_INVALID: Short = 509

        /** RES_TEAM_ECOUNT_LIMIT is a name from the Android SDK for 801 TEAM_MEMBER_LIMIT. */
        @Deprecated("RES_TEAM_ECOUNT_LIMIT is a name from the Android SDK for 801 TEAM_MEMBER_LIMIT.")
        const val RES_TEAM_ECOUNT_LIMIT: Short = 801

        /** RES_TEAM_ENACCESS is a name from the Android SDK for 802 TEAM_ACCESS_DENIED. */
        @Deprecated("RES_TEAM_ENACCESS is a name from the Android SDK for 802 TEAM_ACCESS_DENIED.")
        const val RES_TEAM_ENACCESS: Short = 802

        /** RES_TEAM_ENOTEXIST is a name from the Android SDK for 803 TEAM_NOT_FOUND. */
        @Deprecated("RES_TEAM_ENOTEXIST is a name from the Android SDK for 803 TEAM_NOT_FOUND.")
        const val RES_TEAM_ENOTEXIST: Short = 803

        /** RES_TEAM_EMEMBER_NOTEXIST is a name from the Android SDK for 804 NOT_IN_TEAM. */
        @Deprecated("RES_TEAM_EMEMBER_NOTEXIST is a name from the Android SDK for 804 NOT_IN_TEAM.")
        const val RES_TEAM_EMEMBER_NOTEXIST: Short = 804

        /** RES_TEAM_ERR_TYPE is a name from the Android SDK for 805 TEAM_TYPE_MISMATCH. */
        @Deprecated("RES_TEAM_ERR_TYPE is a name from the Android SDK for 805 TEAM_TYPE_MISMATCH.")
        const val RES_TEAM_ERR_TYPE: Short = 805

        /** RES_TEAM_LIMIT is a name from the Android SDK for 806 TEAM_COUNT_LIMIT. */
        @Deprecated("RES_TEAM_LIMIT is a name from the Android SDK for 806 TEAM_COUNT_LIMIT.")
        const val RES_TEAM_LIMIT: Short = 806

        /** RES_TEAM_USER_STATUS_ERR is a name from the Android SDK for 807 TEAM_MEMBER_STATUS_ERROR. */
        @Deprecated("RES_TEAM_USER_STATUS_ERR is a name from the Android SDK for 807 TEAM_MEMBER_STATUS_ERROR.")
        const val RES_TEAM_USER_STATUS_ERR: Short = 807

        /** RES_TEAM_APPLY_SUCCESS is a name from the Android SDK for 808 TEAM_APPLY_SUCCESS. */
        @Deprecated("RES_TEAM_APPLY_SUCCESS is a name from the Android SDK for 808 TEAM_APPLY_SUCCESS.")
        const val RES_TEAM_APPLY_SUCCESS: Short = 808

        /** RES_TEAM_ALREADY_IN is a name from the Android SDK for 809 ALREADY_IN_TEAM. */
        @Deprecated("RES_TEAM_ALREADY_IN is a name from the Android SDK for 809 ALREADY_IN_TEAM.")
        const val RES_TEAM_ALREADY_IN: Short = 809

        /** RES_TEAM_INVITE_SUCCESS is a name from the Android SDK for 810 TEAM_INVITE_SUCCESS. */
        @Deprecated("RES_TEAM_INVITE_SUCCESS is a name from the Android SDK for 810 TEAM_INVITE_SUCCESS.")
        const val RES_TEAM_INVITE_SUCCESS: Short = 810

        /** RES_TEAM_INVITE_PART_SUCCESS is a name from the Android SDK for 813 TEAM_INVITE_PARTIAL_SUCCESS. */
        @Deprecated("RES_TEAM_INVITE_PART_SUCCESS is a name from the Android SDK for 813 TEAM_INVITE_PARTIAL_SUCCESS.")
        const val RES_TEAM_INVITE_PART_SUCCESS: Short = 813

        /** RES_EUNPACKET is a name from the Android SDK for 998 UNPACK_ERROR. */
        @Deprecated("RES_EUNPACKET is a name from the Android SDK for 998 UNPACK_ERROR.")
        const val RES_EUNPACKET: Short = 998

        /** RES_EPACKET is a name from the Android SDK for 999 PACK_ERROR. */
        @Deprecated("RES_EPACKET is a name from the Android SDK for 999 PACK_ERROR.")
        const val RES_EPACKET: Short = 999

        /** RES_PEER_NIM_OFFLINE is a name from the Android SDK for 10201 SIGNAL_PEER_OFFLINE. */
        @Deprecated("RES_PEER_NIM_OFFLINE is a name from the Android SDK for 10201 SIGNAL_PEER_OFFLINE.")
        const val RES_PEER_NIM_OFFLINE: Short = 10201

        /** RES_PEER_PUSH_OFFLINE is a name from the Android SDK for 10202 SIGNAL_PEER_PUSH_OFFLINE. */
        @Deprecated("RES_PEER_PUSH_OFFLINE is a name from the Android SDK for 10202 SIGNAL_PEER_PUSH_OFFLINE.")
        const val RES_PEER_PUSH_OFFLINE: Short = 10202

        /** RES_CHANNEL_NOT_EXISTS is a name from the Android SDK for 10404 SIGNAL_ROOM_NOT_FOUND. */
        @Deprecated("RES_CHANNEL_NOT_EXISTS is a name from the Android SDK for 10404 SIGNAL_ROOM_NOT_FOUND.")
        const val RES_CHANNEL_NOT_EXISTS: Short = 10404

        /** RES_CHANNEL_HAS_EXISTS is a name from the Android SDK for 10405 SIGNAL_ROOM_EXISTS. */
        @Deprecated("RES_CHANNEL_HAS_EXISTS is a name from the Android SDK for 10405 SIGNAL_ROOM_EXISTS.")
        const val RES_CHANNEL_HAS_EXISTS: Short = 10405

        /** RES_CHANNEL_MEMBER_NOT_EXISTS is a name from the Android SDK for 10406 SIGNAL_NOT_IN_ROOM. */
        @Deprecated("RES_CHANNEL_MEMBER_NOT_EXISTS is a name from the Android SDK for 10406 SIGNAL_NOT_IN_ROOM.")
        const val RES_CHANNEL_MEMBER_NOT_EXISTS: Short = 10406

        /** RES_CHANNEL_MEMBER_HAS_EXISTS is a name from the Android SDK for 10407 SIGNAL_ALREADY_IN_ROOM. */
        @Deprecated("RES_CHANNEL_MEMBER_HAS_EXISTS is a name from the Android SDK for 10407 SIGNAL_ALREADY_IN_ROOM.")
        const val RES_CHANNEL_MEMBER_HAS_EXISTS: Short = 10407

        /** RES_INVITE_NOT_EXISTS is a name from the Android SDK for 10408 SIGNAL_INVITE_NOT_FOUND. */
        @Deprecated("RES_INVITE_NOT_EXISTS is a name from the Android SDK for 10408 SIGNAL_INVITE_NOT_FOUND.")
        const val RES_INVITE_NOT_EXISTS: Short = 10408

        /** RES_INVITE_HAS_REJECT is a name from the Android SDK for 10409 SIGNAL_INVITE_REJECTED. */
        @Deprecated("RES_INVITE_HAS_REJECT is a name from the Android SDK for 10409 SIGNAL_INVITE_REJECTED.")
        const val RES_INVITE_HAS_REJECT: Short = 10409

        /** RES_INVITE_HAS_ACCEPT is a name from the Android SDK for 10410 SIGNAL_INVITE_ACCEPTED. */
        @Deprecated("RES_INVITE_HAS_ACCEPT is a name from the Android SDK for 10410 SIGNAL_INVITE_ACCEPTED.")
        const val RES_INVITE_HAS_ACCEPT: Short = 10410

        /** RES_JOIN_CHANNEL_UID_CONFLICT is a name from the Android SDK for 10417 SIGNAL_UID_CONFLICT. */
        @Deprecated("RES_JOIN_CHANNEL_UID_CONFLICT is a name from the Android SDK for 10417 SIGNAL_UID_CONFLICT.")
        const val RES_JOIN_CHANNEL_UID_CONFLICT: Short = 10417

        /** RES_CHANNEL_MEMBER_EXCEED is a name from the Android SDK for 10419 SIGNAL_ROOM_MEMBER_LIMIT. */
        @Deprecated("RES_CHANNEL_MEMBER_EXCEED is a name from the Android SDK for 10419 SIGNAL_ROOM_MEMBER_LIMIT.")
        const val RES_CHANNEL_MEMBER_EXCEED: Short = 10419

        /** RES_CHANNEL_MEMBER_HAS_EXISTS_OTHER_CLIENT is a name from the Android SDK for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE. */
        @Deprecated("RES_CHANNEL_MEMBER_HAS_EXISTS_OTHER_CLIENT is a name from the Android SDK for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE.")
        const val RES_CHANNEL_MEMBER_HAS_EXISTS_OTHER_CLIENT: Short = 10420

        /** RES_CHATROOM_IM_LINK_EXCEPTION is a name from the Android SDK for 13001 CHATROOM_IM_LINK_ERROR. */
        @Deprecated("RES_CHATROOM_IM_LINK_EXCEPTION is a name from the Android SDK for 13001 CHATROOM_IM_LINK_ERROR.")
        const val RES_CHATROOM_IM_LINK_EXCEPTION: Short = 13001

        /** RES_CHATROOM_STATUS_EXCEPTION is a name from the Android SDK for 13002 CHATROOM_STATUS_ERROR. */
        @Deprecated("RES_CHATROOM_STATUS_EXCEPTION is a name from the Android SDK for 13002 CHATROOM_STATUS_ERROR.")
        const val RES_CHATROOM_STATUS_EXCEPTION: Short = 13002

        /** RES_CHATROOM_BLACKLIST is a name from the Android SDK for 13003 CHATROOM_BLOCKLISTED. */
        @Deprecated("RES_CHATROOM_BLACKLIST is a name from the Android SDK for 13003 CHATROOM_BLOCKLISTED.")
        const val RES_CHATROOM_BLACKLIST: Short = 13003

        /** RES_CHATROOM_MUTED is a name from the Android SDK for 13004 CHATROOM_MUTED. */
        @Deprecated("RES_CHATROOM_MUTED is a name from the Android SDK for 13004 CHATROOM_MUTED.")
        const val RES_CHATROOM_MUTED: Short = 13004
    }
}
