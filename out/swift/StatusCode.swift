// Generated from spec/status-codes.yaml by status-codegen — do not edit.

/// A group of status codes, following the sections of the status code table.
public enum StatusCategory: String, CaseIterable, Sendable {
    /// General
    case general
    /// Team
    case team
    /// Audio & video calls and whiteboard
    case avCall = "av-call"
    /// Chat room
    case chatroom
    /// Account registration service
    case registration
    /// Signaling service
    case signaling

    /// The category's heading.
    public var title: String {
        switch self {
        case .general: return "General"
        case .team: return "Team"
        case .avCall: return "Audio & video calls and whiteboard"
        case .chatroom: return "Chat room"
        case .registration: return "Account registration service"
        case .signaling: return "Signaling service"
        }
    }

    /// What the category's codes have in common (the spec's `description`; `description` itself is
    /// left to `CustomStringConvertible`'s meaning).
    public var summary: String {
        switch self {
        case .general: return "Codes any request can return, from login and permissions to rate limits and server errors."
        case .team: return "Codes returned by team (group chat) operations, codes 801 to 815."
        case .avCall: return "Codes returned by audio and video calls and by the whiteboard."
        case .chatroom: return "Codes returned by chat room operations."
        case .registration: return "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts."
        case .signaling: return "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers."
        }
    }
}

/// Whether a code reports success, information (such as a partial success) or an error.
public enum StatusKind: String, CaseIterable, Sendable {
    case success
    case info
    case error
}

/// Every status code, by its canonical name; the raw value is the number the server or SDK returns.
public enum StatusCode: Int, CaseIterable, Sendable, Error, CustomStringConvertible {
    /// The operation succeeded.
    case ok = 200
    /// Incorrect client version. You must upgrade the SDK.
    case invalidVersion = 201
    /// The account or channel is banned.
    case accountOrChannelBanned = 301
    /// Incorrect user name or password.
    case invalidPassword = 302
    /// IP address restriction.
    case ipNotAllowed = 315
    /// Invalid operation or no permission
    case forbidden = 403
    /// No object found
    case notFound = 404
    /// The parameter length is too long
    case parameterTooLong = 405
    /// Read-only object
    case readOnly = 406
    /// Client request times out
    case timeout = 408
    /// SMS verification failed
    case smsVerificationFailed = 413
    /// Error parameters
    case parameterError = 414
    /// Client network issue
    case connectionError = 415
    /// Rate upper limit is reached.
    case rateLimit = 416
    /// Repeated operation
    case alreadyExists = 417
    /// SMS channel is not available
    case smsChannelUnavailable = 418
    /// The quantity exceeds the upper limit
    case limitExceeded = 419
    /// Account is banned.
    case accountBlocked = 422
    /// Account is muted.
    case accountMuted = 423
    /// HTTP request is repeated.
    case duplicateHttpRequest = 431
    /// Server internal error.
    case serverInternalError = 500
    /// Server is busy.
    case serverBusy = 503
    /// Message recall times out.
    case messageRecallExpired = 508
    /// Invalid protocol.
    case invalidProtocol = 509
    /// Service unavailable.
    case serviceUnavailable = 514
    /// The number of team members exceeds the upper limit.
    case teamMemberLimit = 801
    /// No permissions.
    case teamAccessDenied = 802
    /// Team does not exist.
    case teamNotFound = 803
    /// User does not join the team.
    case notInTeam = 804
    /// Team type does not match.
    case teamTypeMismatch = 805
    /// The number of teams created reaches the upper limit.
    case teamCountLimit = 806
    /// Team member status error.
    case teamMemberStatusError = 807
    /// Application approved.
    case teamApplySuccess = 808
    /// User is already in the team.
    case alreadyInTeam = 809
    /// Successfully invited.
    case teamInviteSuccess = 810
    /// The number of @ mentioned accounts exceeds the upper limit.
    case mentionLimit = 811
    /// The team is muted, and ordinary members are not allowed to send messages.
    case teamMuted = 812
    /// Successful partial invitation of team members.
    case teamInvitePartialSuccess = 813
    /// Team read receipt is prohibited.
    case teamReadReceiptDisabled = 814
    /// The number of team administrators exceeds the upper limit.
    case teamAdminLimit = 815
    /// Unpacking error.
    case unpackError = 998
    /// Packaging error.
    case packError = 999
    /// Channel fails.
    case channelFailed = 9102
    /// The call is responded on other device.
    case callAnsweredElsewhere = 9103
    /// The CommsEase account of a peer is offline.
    case signalPeerOffline = 10201
    /// The CommsEase account of a peer is offline, and push notifications can not be delivered.
    case signalPeerPushOffline = 10202
    /// The room does not exist
    case signalRoomNotFound = 10404
    /// The room already exists
    case signalRoomExists = 10405
    /// The user is not in the room
    case signalNotInRoom = 10406
    /// The user already exists in the room
    case signalAlreadyInRoom = 10407
    /// Invitation does not exist or has expired.
    case signalInviteNotFound = 10408
    /// Invitation is rejected.
    case signalInviteRejected = 10409
    /// Invitation is accepted.
    case signalInviteAccepted = 10410
    /// Duplicate Uids.
    case signalUidConflict = 10417
    /// The number of room members reaches the upper limit.
    case signalRoomMemberLimit = 10419
    /// The user already exists in the room (joining from other ends)
    case signalAlreadyInRoomElsewhere = 10420
    /// The mailbox format is invalid.
    case invalidEmailFormat = 10431
    /// Mobile phone format is invalid.
    case invalidPhoneFormat = 10432
    /// Password confirmation failed.
    case passwordConfirmationFailed = 10433
    /// The company does not exist.
    case companyNotFound = 10434
    /// Incorrect login account or password.
    case invalidLoginCredentials = 10435
    /// App cannot be found.
    case appNotFound = 10436
    /// Email already exists.
    case emailExists = 10437
    /// Mobile phone number already exists.
    case phoneExists = 10438
    /// app name already exists.
    case appNameExists = 10441
    /// The call is unreachable, and the caller goes offline.
    case callUnreachable = 11001
    /// IM connection is abnormal.
    case chatroomImLinkError = 13001
    /// Chat room status is abnormal.
    case chatroomStatusError = 13002
    /// The account is in the blocklist, it is prohibited from joining the chat room.
    case chatroomBlocklisted = 13003
    /// Banned accounts are not allowed to send messages.
    case chatroomMuted = 13004
    /// The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.
    case chatroomAntispamFiltered = 13005

    /// The canonical SCREAMING_SNAKE_CASE name, the same on every platform.
    public var name: String {
        switch self {
        case .ok: return "OK"
        case .invalidVersion: return "INVALID_VERSION"
        case .accountOrChannelBanned: return "ACCOUNT_OR_CHANNEL_BANNED"
        case .invalidPassword: return "INVALID_PASSWORD"
        case .ipNotAllowed: return "IP_NOT_ALLOWED"
        case .forbidden: return "FORBIDDEN"
        case .notFound: return "NOT_FOUND"
        case .parameterTooLong: return "PARAMETER_TOO_LONG"
        case .readOnly: return "READ_ONLY"
        case .timeout: return "TIMEOUT"
        case .smsVerificationFailed: return "SMS_VERIFICATION_FAILED"
        case .parameterError: return "PARAMETER_ERROR"
        case .connectionError: return "CONNECTION_ERROR"
        case .rateLimit: return "RATE_LIMIT"
        case .alreadyExists: return "ALREADY_EXISTS"
        case .smsChannelUnavailable: return "SMS_CHANNEL_UNAVAILABLE"
        case .limitExceeded: return "LIMIT_EXCEEDED"
        case .accountBlocked: return "ACCOUNT_BLOCKED"
        case .accountMuted: return "ACCOUNT_MUTED"
        case .duplicateHttpRequest: return "DUPLICATE_HTTP_REQUEST"
        case .serverInternalError: return "SERVER_INTERNAL_ERROR"
        case .serverBusy: return "SERVER_BUSY"
        case .messageRecallExpired: return "MESSAGE_RECALL_EXPIRED"
        case .invalidProtocol: return "INVALID_PROTOCOL"
        case .serviceUnavailable: return "SERVICE_UNAVAILABLE"
        case .teamMemberLimit: return "TEAM_MEMBER_LIMIT"
        case .teamAccessDenied: return "TEAM_ACCESS_DENIED"
        case .teamNotFound: return "TEAM_NOT_FOUND"
        case .notInTeam: return "NOT_IN_TEAM"
        case .teamTypeMismatch: return "TEAM_TYPE_MISMATCH"
        case .teamCountLimit: return "TEAM_COUNT_LIMIT"
        case .teamMemberStatusError: return "TEAM_MEMBER_STATUS_ERROR"
        case .teamApplySuccess: return "TEAM_APPLY_SUCCESS"
        case .alreadyInTeam: return "ALREADY_IN_TEAM"
        case .teamInviteSuccess: return "TEAM_INVITE_SUCCESS"
        case .mentionLimit: return "MENTION_LIMIT"
        case .teamMuted: return "TEAM_MUTED"
        case .teamInvitePartialSuccess: return "TEAM_INVITE_PARTIAL_SUCCESS"
        case .teamReadReceiptDisabled: return "TEAM_READ_RECEIPT_DISABLED"
        case .teamAdminLimit: return "TEAM_ADMIN_LIMIT"
        case .unpackError: return "UNPACK_ERROR"
        case .packError: return "PACK_ERROR"
        case .channelFailed: return "CHANNEL_FAILED"
        case .callAnsweredElsewhere: return "CALL_ANSWERED_ELSEWHERE"
        case .signalPeerOffline: return "SIGNAL_PEER_OFFLINE"
        case .signalPeerPushOffline: return "SIGNAL_PEER_PUSH_OFFLINE"
        case .signalRoomNotFound: return "SIGNAL_ROOM_NOT_FOUND"
        case .signalRoomExists: return "SIGNAL_ROOM_EXISTS"
        case .signalNotInRoom: return "SIGNAL_NOT_IN_ROOM"
        case .signalAlreadyInRoom: return "SIGNAL_ALREADY_IN_ROOM"
        case .signalInviteNotFound: return "SIGNAL_INVITE_NOT_FOUND"
        case .signalInviteRejected: return "SIGNAL_INVITE_REJECTED"
        case .signalInviteAccepted: return "SIGNAL_INVITE_ACCEPTED"
        case .signalUidConflict: return "SIGNAL_UID_CONFLICT"
        case .signalRoomMemberLimit: return "SIGNAL_ROOM_MEMBER_LIMIT"
        case .signalAlreadyInRoomElsewhere: return "SIGNAL_ALREADY_IN_ROOM_ELSEWHERE"
        case .invalidEmailFormat: return "INVALID_EMAIL_FORMAT"
        case .invalidPhoneFormat: return "INVALID_PHONE_FORMAT"
        case .passwordConfirmationFailed: return "PASSWORD_CONFIRMATION_FAILED"
        case .companyNotFound: return "COMPANY_NOT_FOUND"
        case .invalidLoginCredentials: return "INVALID_LOGIN_CREDENTIALS"
        case .appNotFound: return "APP_NOT_FOUND"
        case .emailExists: return "EMAIL_EXISTS"
        case .phoneExists: return "PHONE_EXISTS"
        case .appNameExists: return "APP_NAME_EXISTS"
        case .callUnreachable: return "CALL_UNREACHABLE"
        case .chatroomImLinkError: return "CHATROOM_IM_LINK_ERROR"
        case .chatroomStatusError: return "CHATROOM_STATUS_ERROR"
        case .chatroomBlocklisted: return "CHATROOM_BLOCKLISTED"
        case .chatroomMuted: return "CHATROOM_MUTED"
        case .chatroomAntispamFiltered: return "CHATROOM_ANTISPAM_FILTERED"
        }
    }

    /// What the code means.
    public var message: String {
        switch self {
        case .ok: return "The operation succeeded."
        case .invalidVersion: return "Incorrect client version. You must upgrade the SDK."
        case .accountOrChannelBanned: return "The account or channel is banned."
        case .invalidPassword: return "Incorrect user name or password."
        case .ipNotAllowed: return "IP address restriction."
        case .forbidden: return "Invalid operation or no permission"
        case .notFound: return "No object found"
        case .parameterTooLong: return "The parameter length is too long"
        case .readOnly: return "Read-only object"
        case .timeout: return "Client request times out"
        case .smsVerificationFailed: return "SMS verification failed"
        case .parameterError: return "Error parameters"
        case .connectionError: return "Client network issue"
        case .rateLimit: return "Rate upper limit is reached."
        case .alreadyExists: return "Repeated operation"
        case .smsChannelUnavailable: return "SMS channel is not available"
        case .limitExceeded: return "The quantity exceeds the upper limit"
        case .accountBlocked: return "Account is banned."
        case .accountMuted: return "Account is muted."
        case .duplicateHttpRequest: return "HTTP request is repeated."
        case .serverInternalError: return "Server internal error."
        case .serverBusy: return "Server is busy."
        case .messageRecallExpired: return "Message recall times out."
        case .invalidProtocol: return "Invalid protocol."
        case .serviceUnavailable: return "Service unavailable."
        case .teamMemberLimit: return "The number of team members exceeds the upper limit."
        case .teamAccessDenied: return "No permissions."
        case .teamNotFound: return "Team does not exist."
        case .notInTeam: return "User does not join the team."
        case .teamTypeMismatch: return "Team type does not match."
        case .teamCountLimit: return "The number of teams created reaches the upper limit."
        case .teamMemberStatusError: return "Team member status error."
        case .teamApplySuccess: return "Application approved."
        case .alreadyInTeam: return "User is already in the team."
        case .teamInviteSuccess: return "Successfully invited."
        case .mentionLimit: return "The number of @ mentioned accounts exceeds the upper limit."
        case .teamMuted: return "The team is muted, and ordinary members are not allowed to send messages."
        case .teamInvitePartialSuccess: return "Successful partial invitation of team members."
        case .teamReadReceiptDisabled: return "Team read receipt is prohibited."
        case .teamAdminLimit: return "The number of team administrators exceeds the upper limit."
        case .unpackError: return "Unpacking error."
        case .packError: return "Packaging error."
        case .channelFailed: return "Channel fails."
        case .callAnsweredElsewhere: return "The call is responded on other device."
        case .signalPeerOffline: return "The CommsEase account of a peer is offline."
        case .signalPeerPushOffline: return "The CommsEase account of a peer is offline, and push notifications can not be delivered."
        case .signalRoomNotFound: return "The room does not exist"
        case .signalRoomExists: return "The room already exists"
        case .signalNotInRoom: return "The user is not in the room"
        case .signalAlreadyInRoom: return "The user already exists in the room"
        case .signalInviteNotFound: return "Invitation does not exist or has expired."
        case .signalInviteRejected: return "Invitation is rejected."
        case .signalInviteAccepted: return "Invitation is accepted."
        case .signalUidConflict: return "Duplicate Uids."
        case .signalRoomMemberLimit: return "The number of room members reaches the upper limit."
        case .signalAlreadyInRoomElsewhere: return "The user already exists in the room (joining from other ends)"
        case .invalidEmailFormat: return "The mailbox format is invalid."
        case .invalidPhoneFormat: return "Mobile phone format is invalid."
        case .passwordConfirmationFailed: return "Password confirmation failed."
        case .companyNotFound: return "The company does not exist."
        case .invalidLoginCredentials: return "Incorrect login account or password."
        case .appNotFound: return "App cannot be found."
        case .emailExists: return "Email already exists."
        case .phoneExists: return "Mobile phone number already exists."
        case .appNameExists: return "app name already exists."
        case .callUnreachable: return "The call is unreachable, and the caller goes offline."
        case .chatroomImLinkError: return "IM connection is abnormal."
        case .chatroomStatusError: return "Chat room status is abnormal."
        case .chatroomBlocklisted: return "The account is in the blocklist, it is prohibited from joining the chat room."
        case .chatroomMuted: return "Banned accounts are not allowed to send messages."
        case .chatroomAntispamFiltered: return "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service."
        }
    }

    /// The group the code belongs to.
    public var category: StatusCategory {
        switch self {
        case .ok: return .general
        case .invalidVersion: return .general
        case .accountOrChannelBanned: return .general
        case .invalidPassword: return .general
        case .ipNotAllowed: return .general
        case .forbidden: return .general
        case .notFound: return .general
        case .parameterTooLong: return .general
        case .readOnly: return .general
        case .timeout: return .general
        case .smsVerificationFailed: return .general
        case .parameterError: return .general
        case .connectionError: return .general
        case .rateLimit: return .general
        case .alreadyExists: return .general
        case .smsChannelUnavailable: return .general
        case .limitExceeded: return .general
        case .accountBlocked: return .general
        case .accountMuted: return .general
        case .duplicateHttpRequest: return .general
        case .serverInternalError: return .general
        case .serverBusy: return .general
        case .messageRecallExpired: return .general
        case .invalidProtocol: return .general
        case .serviceUnavailable: return .general
        case .teamMemberLimit: return .team
        case .teamAccessDenied: return .team
        case .teamNotFound: return .team
        case .notInTeam: return .team
        case .teamTypeMismatch: return .team
        case .teamCountLimit: return .team
        case .teamMemberStatusError: return .team
        case .teamApplySuccess: return .team
        case .alreadyInTeam: return .team
        case .teamInviteSuccess: return .team
        case .mentionLimit: return .team
        case .teamMuted: return .team
        case .teamInvitePartialSuccess: return .team
        case .teamReadReceiptDisabled: return .team
        case .teamAdminLimit: return .team
        case .unpackError: return .general
        case .packError: return .general
        case .channelFailed: return .avCall
        case .callAnsweredElsewhere: return .avCall
        case .signalPeerOffline: return .signaling
        case .signalPeerPushOffline: return .signaling
        case .signalRoomNotFound: return .signaling
        case .signalRoomExists: return .signaling
        case .signalNotInRoom: return .signaling
        case .signalAlreadyInRoom: return .signaling
        case .signalInviteNotFound: return .signaling
        case .signalInviteRejected: return .signaling
        case .signalInviteAccepted: return .signaling
        case .signalUidConflict: return .signaling
        case .signalRoomMemberLimit: return .signaling
        case .signalAlreadyInRoomElsewhere: return .signaling
        case .invalidEmailFormat: return .registration
        case .invalidPhoneFormat: return .registration
        case .passwordConfirmationFailed: return .registration
        case .companyNotFound: return .registration
        case .invalidLoginCredentials: return .registration
        case .appNotFound: return .registration
        case .emailExists: return .registration
        case .phoneExists: return .registration
        case .appNameExists: return .registration
        case .callUnreachable: return .avCall
        case .chatroomImLinkError: return .chatroom
        case .chatroomStatusError: return .chatroom
        case .chatroomBlocklisted: return .chatroom
        case .chatroomMuted: return .chatroom
        case .chatroomAntispamFiltered: return .chatroom
        }
    }

    /// Whether the code reports success, information or an error.
    public var kind: StatusKind {
        switch self {
        case .ok: return .success
        case .invalidVersion: return .error
        case .accountOrChannelBanned: return .error
        case .invalidPassword: return .error
        case .ipNotAllowed: return .error
        case .forbidden: return .error
        case .notFound: return .error
        case .parameterTooLong: return .error
        case .readOnly: return .error
        case .timeout: return .error
        case .smsVerificationFailed: return .error
        case .parameterError: return .error
        case .connectionError: return .error
        case .rateLimit: return .error
        case .alreadyExists: return .error
        case .smsChannelUnavailable: return .error
        case .limitExceeded: return .error
        case .accountBlocked: return .error
        case .accountMuted: return .error
        case .duplicateHttpRequest: return .error
        case .serverInternalError: return .error
        case .serverBusy: return .error
        case .messageRecallExpired: return .error
        case .invalidProtocol: return .error
        case .serviceUnavailable: return .error
        case .teamMemberLimit: return .error
        case .teamAccessDenied: return .error
        case .teamNotFound: return .error
        case .notInTeam: return .error
        case .teamTypeMismatch: return .error
        case .teamCountLimit: return .error
        case .teamMemberStatusError: return .error
        case .teamApplySuccess: return .success
        case .alreadyInTeam: return .error
        case .teamInviteSuccess: return .success
        case .mentionLimit: return .error
        case .teamMuted: return .error
        case .teamInvitePartialSuccess: return .info
        case .teamReadReceiptDisabled: return .error
        case .teamAdminLimit: return .error
        case .unpackError: return .error
        case .packError: return .error
        case .channelFailed: return .error
        case .callAnsweredElsewhere: return .error
        case .signalPeerOffline: return .error
        case .signalPeerPushOffline: return .error
        case .signalRoomNotFound: return .error
        case .signalRoomExists: return .error
        case .signalNotInRoom: return .error
        case .signalAlreadyInRoom: return .error
        case .signalInviteNotFound: return .error
        case .signalInviteRejected: return .error
        case .signalInviteAccepted: return .error
        case .signalUidConflict: return .error
        case .signalRoomMemberLimit: return .error
        case .signalAlreadyInRoomElsewhere: return .error
        case .invalidEmailFormat: return .error
        case .invalidPhoneFormat: return .error
        case .passwordConfirmationFailed: return .error
        case .companyNotFound: return .error
        case .invalidLoginCredentials: return .error
        case .appNotFound: return .error
        case .emailExists: return .error
        case .phoneExists: return .error
        case .appNameExists: return .error
        case .callUnreachable: return .error
        case .chatroomImLinkError: return .error
        case .chatroomStatusError: return .error
        case .chatroomBlocklisted: return .error
        case .chatroomMuted: return .error
        case .chatroomAntispamFiltered: return .error
        }
    }

    /// True when the same request may succeed if sent again later.
    public var isRetryable: Bool {
        switch self {
        case .ok: return false
        case .invalidVersion: return false
        case .accountOrChannelBanned: return false
        case .invalidPassword: return false
        case .ipNotAllowed: return false
        case .forbidden: return false
        case .notFound: return false
        case .parameterTooLong: return false
        case .readOnly: return false
        case .timeout: return true
        case .smsVerificationFailed: return false
        case .parameterError: return false
        case .connectionError: return true
        case .rateLimit: return true
        case .alreadyExists: return false
        case .smsChannelUnavailable: return true
        case .limitExceeded: return false
        case .accountBlocked: return false
        case .accountMuted: return false
        case .duplicateHttpRequest: return false
        case .serverInternalError: return false
        case .serverBusy: return true
        case .messageRecallExpired: return false
        case .invalidProtocol: return false
        case .serviceUnavailable: return true
        case .teamMemberLimit: return false
        case .teamAccessDenied: return false
        case .teamNotFound: return false
        case .notInTeam: return false
        case .teamTypeMismatch: return false
        case .teamCountLimit: return false
        case .teamMemberStatusError: return false
        case .teamApplySuccess: return false
        case .alreadyInTeam: return false
        case .teamInviteSuccess: return false
        case .mentionLimit: return false
        case .teamMuted: return false
        case .teamInvitePartialSuccess: return false
        case .teamReadReceiptDisabled: return false
        case .teamAdminLimit: return false
        case .unpackError: return false
        case .packError: return false
        case .channelFailed: return false
        case .callAnsweredElsewhere: return false
        case .signalPeerOffline: return false
        case .signalPeerPushOffline: return false
        case .signalRoomNotFound: return false
        case .signalRoomExists: return false
        case .signalNotInRoom: return false
        case .signalAlreadyInRoom: return false
        case .signalInviteNotFound: return false
        case .signalInviteRejected: return false
        case .signalInviteAccepted: return false
        case .signalUidConflict: return false
        case .signalRoomMemberLimit: return false
        case .signalAlreadyInRoomElsewhere: return false
        case .invalidEmailFormat: return false
        case .invalidPhoneFormat: return false
        case .passwordConfirmationFailed: return false
        case .companyNotFound: return false
        case .invalidLoginCredentials: return false
        case .appNotFound: return false
        case .emailExists: return false
        case .phoneExists: return false
        case .appNameExists: return false
        case .callUnreachable: return false
        case .chatroomImLinkError: return true
        case .chatroomStatusError: return false
        case .chatroomBlocklisted: return false
        case .chatroomMuted: return false
        case .chatroomAntispamFiltered: return false
        }
    }

    /// `416 RATE_LIMIT: Rate upper limit is reached.`
    public var description: String {
        "\(rawValue) \(name): \(message)"
    }
}
