// Generated from spec/status-codes.yaml by status-codegen — do not edit.

namespace CommsEase.Im.Status
{
    /// <summary>Every status code, by its canonical name; each member's value is the number the server or SDK returns.</summary>
    public enum StatusCode
    {
        /// <summary>The operation succeeded.</summary>
        Ok = 200,
        /// <summary>Incorrect client version. You must upgrade the SDK.</summary>
        InvalidVersion = 201,
        /// <summary>The account or channel is banned.</summary>
        AccountOrChannelBanned = 301,
        /// <summary>Incorrect user name or password.</summary>
        InvalidPassword = 302,
        /// <summary>IP address restriction.</summary>
        IpNotAllowed = 315,
        /// <summary>Invalid operation or no permission</summary>
        Forbidden = 403,
        /// <summary>No object found</summary>
        NotFound = 404,
        /// <summary>The parameter length is too long</summary>
        ParameterTooLong = 405,
        /// <summary>Read-only object</summary>
        ReadOnly = 406,
        /// <summary>Client request times out</summary>
        Timeout = 408,
        /// <summary>SMS verification failed</summary>
        SmsVerificationFailed = 413,
        /// <summary>Error parameters</summary>
        ParameterError = 414,
        /// <summary>Client network issue</summary>
        ConnectionError = 415,
        /// <summary>Rate upper limit is reached.</summary>
        RateLimit = 416,
        /// <summary>Repeated operation</summary>
        AlreadyExists = 417,
        /// <summary>SMS channel is not available</summary>
        SmsChannelUnavailable = 418,
        /// <summary>The quantity exceeds the upper limit</summary>
        LimitExceeded = 419,
        /// <summary>Account is banned.</summary>
        AccountBlocked = 422,
        /// <summary>Account is muted.</summary>
        AccountMuted = 423,
        /// <summary>HTTP request is repeated.</summary>
        DuplicateHttpRequest = 431,
        /// <summary>Server internal error.</summary>
        ServerInternalError = 500,
        /// <summary>Server is busy.</summary>
        ServerBusy = 503,
        /// <summary>Message recall times out.</summary>
        MessageRecallExpired = 508,
        /// <summary>Invalid protocol.</summary>
        InvalidProtocol = 509,
        /// <summary>Service unavailable.</summary>
        ServiceUnavailable = 514,
        /// <summary>The number of team members exceeds the upper limit.</summary>
        TeamMemberLimit = 801,
        /// <summary>No permissions.</summary>
        TeamAccessDenied = 802,
        /// <summary>Team does not exist.</summary>
        TeamNotFound = 803,
        /// <summary>User does not join the team.</summary>
        NotInTeam = 804,
        /// <summary>Team type does not match.</summary>
        TeamTypeMismatch = 805,
        /// <summary>The number of teams created reaches the upper limit.</summary>
        TeamCountLimit = 806,
        /// <summary>Team member status error.</summary>
        TeamMemberStatusError = 807,
        /// <summary>Application approved.</summary>
        TeamApplySuccess = 808,
        /// <summary>User is already in the team.</summary>
        AlreadyInTeam = 809,
        /// <summary>Successfully invited.</summary>
        TeamInviteSuccess = 810,
        /// <summary>The number of @ mentioned accounts exceeds the upper limit.</summary>
        MentionLimit = 811,
        /// <summary>The team is muted, and ordinary members are not allowed to send messages.</summary>
        TeamMuted = 812,
        /// <summary>Successful partial invitation of team members.</summary>
        TeamInvitePartialSuccess = 813,
        /// <summary>Team read receipt is prohibited.</summary>
        TeamReadReceiptDisabled = 814,
        /// <summary>The number of team administrators exceeds the upper limit.</summary>
        TeamAdminLimit = 815,
        /// <summary>Unpacking error.</summary>
        UnpackError = 998,
        /// <summary>Packaging error.</summary>
        PackError = 999,
        /// <summary>Channel fails.</summary>
        ChannelFailed = 9102,
        /// <summary>The call is responded on other device.</summary>
        CallAnsweredElsewhere = 9103,
        /// <summary>The CommsEase account of a peer is offline.</summary>
        SignalPeerOffline = 10201,
        /// <summary>The CommsEase account of a peer is offline, and push notifications can not be delivered.</summary>
        SignalPeerPushOffline = 10202,
        /// <summary>The room does not exist</summary>
        SignalRoomNotFound = 10404,
        /// <summary>The room already exists</summary>
        SignalRoomExists = 10405,
        /// <summary>The user is not in the room</summary>
        SignalNotInRoom = 10406,
        /// <summary>The user already exists in the room</summary>
        SignalAlreadyInRoom = 10407,
        /// <summary>Invitation does not exist or has expired.</summary>
        SignalInviteNotFound = 10408,
        /// <summary>Invitation is rejected.</summary>
        SignalInviteRejected = 10409,
        /// <summary>Invitation is accepted.</summary>
        SignalInviteAccepted = 10410,
        /// <summary>Duplicate Uids.</summary>
        SignalUidConflict = 10417,
        /// <summary>The number of room members reaches the upper limit.</summary>
        SignalRoomMemberLimit = 10419,
        /// <summary>The user already exists in the room (joining from other ends)</summary>
        SignalAlreadyInRoomElsewhere = 10420,
        /// <summary>The mailbox format is invalid.</summary>
        InvalidEmailFormat = 10431,
        /// <summary>Mobile phone format is invalid.</summary>
        InvalidPhoneFormat = 10432,
        /// <summary>Password confirmation failed.</summary>
        PasswordConfirmationFailed = 10433,
        /// <summary>The company does not exist.</summary>
        CompanyNotFound = 10434,
        /// <summary>Incorrect login account or password.</summary>
        InvalidLoginCredentials = 10435,
        /// <summary>App cannot be found.</summary>
        AppNotFound = 10436,
        /// <summary>Email already exists.</summary>
        EmailExists = 10437,
        /// <summary>Mobile phone number already exists.</summary>
        PhoneExists = 10438,
        /// <summary>app name already exists.</summary>
        AppNameExists = 10441,
        /// <summary>The call is unreachable, and the caller goes offline.</summary>
        CallUnreachable = 11001,
        /// <summary>IM connection is abnormal.</summary>
        ChatroomImLinkError = 13001,
        /// <summary>Chat room status is abnormal.</summary>
        ChatroomStatusError = 13002,
        /// <summary>The account is in the blocklist, it is prohibited from joining the chat room.</summary>
        ChatroomBlocklisted = 13003,
        /// <summary>Banned accounts are not allowed to send messages.</summary>
        ChatroomMuted = 13004,
        /// <summary>The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.</summary>
        ChatroomAntispamFiltered = 13005,

        // Legacy names, each obsolete, with its code's number: == and switch treat it as that code.
        /// <summary>kNIMResSuccess is a name from the desktop SDKs for 200 OK.</summary>
        [global::System.Obsolete("kNIMResSuccess is a name from the desktop SDKs for 200 OK. Use Ok instead.")]
        kNIMResSuccess = 200,
        /// <summary>kNIMResVersionError is a name from the desktop SDKs for 201 INVALID_VERSION.</summary>
        [global::System.Obsolete("kNIMResVersionError is a name from the desktop SDKs for 201 INVALID_VERSION. Use InvalidVersion instead.")]
        kNIMResVersionError = 201,
        /// <summary>kNIMResUidPassError is a name from the desktop SDKs for 302 INVALID_PASSWORD.</summary>
        [global::System.Obsolete("kNIMResUidPassError is a name from the desktop SDKs for 302 INVALID_PASSWORD. Use InvalidPassword instead.")]
        kNIMResUidPassError = 302,
        /// <summary>kNIMResForbidden is a name from the desktop SDKs for 403 FORBIDDEN.</summary>
        [global::System.Obsolete("kNIMResForbidden is a name from the desktop SDKs for 403 FORBIDDEN. Use Forbidden instead.")]
        kNIMResForbidden = 403,
        /// <summary>kNIMResNotExist is a name from the desktop SDKs for 404 NOT_FOUND.</summary>
        [global::System.Obsolete("kNIMResNotExist is a name from the desktop SDKs for 404 NOT_FOUND. Use NotFound instead.")]
        kNIMResNotExist = 404,
        /// <summary>kNIMResTimeoutError is a name from the desktop SDKs for 408 TIMEOUT.</summary>
        [global::System.Obsolete("kNIMResTimeoutError is a name from the desktop SDKs for 408 TIMEOUT. Use Timeout instead.")]
        kNIMResTimeoutError = 408,
        /// <summary>kNIMResParameterError is a name from the desktop SDKs for 414 PARAMETER_ERROR.</summary>
        [global::System.Obsolete("kNIMResParameterError is a name from the desktop SDKs for 414 PARAMETER_ERROR. Use ParameterError instead.")]
        kNIMResParameterError = 414,
        /// <summary>kNIMResConnectionError is a name from the desktop SDKs for 415 CONNECTION_ERROR.</summary>
        [global::System.Obsolete("kNIMResConnectionError is a name from the desktop SDKs for 415 CONNECTION_ERROR. Use ConnectionError instead.")]
        kNIMResConnectionError = 415,
        /// <summary>kNIMResFrequently is a name from the desktop SDKs for 416 RATE_LIMIT.</summary>
        [global::System.Obsolete("kNIMResFrequently is a name from the desktop SDKs for 416 RATE_LIMIT. Use RateLimit instead.")]
        kNIMResFrequently = 416,
        /// <summary>kNIMResExist is a name from the desktop SDKs for 417 ALREADY_EXISTS.</summary>
        [global::System.Obsolete("kNIMResExist is a name from the desktop SDKs for 417 ALREADY_EXISTS. Use AlreadyExists instead.")]
        kNIMResExist = 417,
        /// <summary>kNIMResOverrun is a name from the desktop SDKs for 419 LIMIT_EXCEEDED.</summary>
        [global::System.Obsolete("kNIMResOverrun is a name from the desktop SDKs for 419 LIMIT_EXCEEDED. Use LimitExceeded instead.")]
        kNIMResOverrun = 419,
        /// <summary>kNIMResAccountBlock is a name from the desktop SDKs for 422 ACCOUNT_BLOCKED.</summary>
        [global::System.Obsolete("kNIMResAccountBlock is a name from the desktop SDKs for 422 ACCOUNT_BLOCKED. Use AccountBlocked instead.")]
        kNIMResAccountBlock = 422,
        /// <summary>kNIMResUnknownError is a name from the desktop SDKs for 500 SERVER_INTERNAL_ERROR.</summary>
        [global::System.Obsolete("kNIMResUnknownError is a name from the desktop SDKs for 500 SERVER_INTERNAL_ERROR. Use ServerInternalError instead.")]
        kNIMResUnknownError = 500,
        /// <summary>kNIMResTooBuzy is a name from the desktop SDKs for 503 SERVER_BUSY.</summary>
        [global::System.Obsolete("kNIMResTooBuzy is a name from the desktop SDKs for 503 SERVER_BUSY. Use ServerBusy instead.")]
        kNIMResTooBuzy = 503,
        /// <summary>kNIMResExceedLimit is a name from the desktop SDKs for 508 MESSAGE_RECALL_EXPIRED.</summary>
        [global::System.Obsolete("kNIMResExceedLimit is a name from the desktop SDKs for 508 MESSAGE_RECALL_EXPIRED. Use MessageRecallExpired instead.")]
        kNIMResExceedLimit = 508,
        /// <summary>kNIMResInvalid is a name from the desktop SDKs for 509 INVALID_PROTOCOL.</summary>
        [global::System.Obsolete("kNIMResInvalid is a name from the desktop SDKs for 509 INVALID_PROTOCOL. Use InvalidProtocol instead.")]
        kNIMResInvalid = 509,
        /// <summary>kNIMResTeamECountLimit is a name from the desktop SDKs for 801 TEAM_MEMBER_LIMIT.</summary>
        [global::System.Obsolete("kNIMResTeamECountLimit is a name from the desktop SDKs for 801 TEAM_MEMBER_LIMIT. Use TeamMemberLimit instead.")]
        kNIMResTeamECountLimit = 801,
        /// <summary>kNIMResTeamENAccess is a name from the desktop SDKs for 802 TEAM_ACCESS_DENIED.</summary>
        [global::System.Obsolete("kNIMResTeamENAccess is a name from the desktop SDKs for 802 TEAM_ACCESS_DENIED. Use TeamAccessDenied instead.")]
        kNIMResTeamENAccess = 802,
        /// <summary>kNIMResTeamENotExist is a name from the desktop SDKs for 803 TEAM_NOT_FOUND.</summary>
        [global::System.Obsolete("kNIMResTeamENotExist is a name from the desktop SDKs for 803 TEAM_NOT_FOUND. Use TeamNotFound instead.")]
        kNIMResTeamENotExist = 803,
        /// <summary>kNIMResTeamEMemberNotExist is a name from the desktop SDKs for 804 NOT_IN_TEAM.</summary>
        [global::System.Obsolete("kNIMResTeamEMemberNotExist is a name from the desktop SDKs for 804 NOT_IN_TEAM. Use NotInTeam instead.")]
        kNIMResTeamEMemberNotExist = 804,
        /// <summary>kNIMResTeamErrType is a name from the desktop SDKs for 805 TEAM_TYPE_MISMATCH.</summary>
        [global::System.Obsolete("kNIMResTeamErrType is a name from the desktop SDKs for 805 TEAM_TYPE_MISMATCH. Use TeamTypeMismatch instead.")]
        kNIMResTeamErrType = 805,
        /// <summary>kNIMResTeamLimit is a name from the desktop SDKs for 806 TEAM_COUNT_LIMIT.</summary>
        [global::System.Obsolete("kNIMResTeamLimit is a name from the desktop SDKs for 806 TEAM_COUNT_LIMIT. Use TeamCountLimit instead.")]
        kNIMResTeamLimit = 806,
        /// <summary>kNIMResTeamUserStatusErr is a name from the desktop SDKs for 807 TEAM_MEMBER_STATUS_ERROR.</summary>
        [global::System.Obsolete("kNIMResTeamUserStatusErr is a name from the desktop SDKs for 807 TEAM_MEMBER_STATUS_ERROR. Use TeamMemberStatusError instead.")]
        kNIMResTeamUserStatusErr = 807,
        /// <summary>kNIMResTeamApplySuccess is a name from the desktop SDKs for 808 TEAM_APPLY_SUCCESS.</summary>
        [global::System.Obsolete("kNIMResTeamApplySuccess is a name from the desktop SDKs for 808 TEAM_APPLY_SUCCESS. Use TeamApplySuccess instead.")]
        kNIMResTeamApplySuccess = 808,
        /// <summary>kNIMResTeamAlreadyIn is a name from the desktop SDKs for 809 ALREADY_IN_TEAM.</summary>
        [global::System.Obsolete("kNIMResTeamAlreadyIn is a name from the desktop SDKs for 809 ALREADY_IN_TEAM. Use AlreadyInTeam instead.")]
        kNIMResTeamAlreadyIn = 809,
        /// <summary>kNIMResTeamInviteSuccess is a name from the desktop SDKs for 810 TEAM_INVITE_SUCCESS.</summary>
        [global::System.Obsolete("kNIMResTeamInviteSuccess is a name from the desktop SDKs for 810 TEAM_INVITE_SUCCESS. Use TeamInviteSuccess instead.")]
        kNIMResTeamInviteSuccess = 810,
        /// <summary>kNIMResForcePushCountLimit is a name from the desktop SDKs for 811 MENTION_LIMIT.</summary>
        [global::System.Obsolete("kNIMResForcePushCountLimit is a name from the desktop SDKs for 811 MENTION_LIMIT. Use MentionLimit instead.")]
        kNIMResForcePushCountLimit = 811,
        /// <summary>kNIMResEUnpacket is a name from the desktop SDKs for 998 UNPACK_ERROR.</summary>
        [global::System.Obsolete("kNIMResEUnpacket is a name from the desktop SDKs for 998 UNPACK_ERROR. Use UnpackError instead.")]
        kNIMResEUnpacket = 998,
        /// <summary>kNIMResEPacket is a name from the desktop SDKs for 999 PACK_ERROR.</summary>
        [global::System.Obsolete("kNIMResEPacket is a name from the desktop SDKs for 999 PACK_ERROR. Use PackError instead.")]
        kNIMResEPacket = 999,
        /// <summary>kNIMResPeerNimOffline is a name from the desktop SDKs for 10201 SIGNAL_PEER_OFFLINE.</summary>
        [global::System.Obsolete("kNIMResPeerNimOffline is a name from the desktop SDKs for 10201 SIGNAL_PEER_OFFLINE. Use SignalPeerOffline instead.")]
        kNIMResPeerNimOffline = 10201,
        /// <summary>kNIMResPeerPushOffline is a name from the desktop SDKs for 10202 SIGNAL_PEER_PUSH_OFFLINE.</summary>
        [global::System.Obsolete("kNIMResPeerPushOffline is a name from the desktop SDKs for 10202 SIGNAL_PEER_PUSH_OFFLINE. Use SignalPeerPushOffline instead.")]
        kNIMResPeerPushOffline = 10202,
        /// <summary>kNIMResRoomNotExists is a name from the desktop SDKs for 10404 SIGNAL_ROOM_NOT_FOUND.</summary>
        [global::System.Obsolete("kNIMResRoomNotExists is a name from the desktop SDKs for 10404 SIGNAL_ROOM_NOT_FOUND. Use SignalRoomNotFound instead.")]
        kNIMResRoomNotExists = 10404,
        /// <summary>kNIMResRoomHasExists is a name from the desktop SDKs for 10405 SIGNAL_ROOM_EXISTS.</summary>
        [global::System.Obsolete("kNIMResRoomHasExists is a name from the desktop SDKs for 10405 SIGNAL_ROOM_EXISTS. Use SignalRoomExists instead.")]
        kNIMResRoomHasExists = 10405,
        /// <summary>kNIMResRoomMemberNotExists is a name from the desktop SDKs for 10406 SIGNAL_NOT_IN_ROOM.</summary>
        [global::System.Obsolete("kNIMResRoomMemberNotExists is a name from the desktop SDKs for 10406 SIGNAL_NOT_IN_ROOM. Use SignalNotInRoom instead.")]
        kNIMResRoomMemberNotExists = 10406,
        /// <summary>kNIMResRoomMemberHasExists is a name from the desktop SDKs for 10407 SIGNAL_ALREADY_IN_ROOM.</summary>
        [global::System.Obsolete("kNIMResRoomMemberHasExists is a name from the desktop SDKs for 10407 SIGNAL_ALREADY_IN_ROOM. Use SignalAlreadyInRoom instead.")]
        kNIMResRoomMemberHasExists = 10407,
        /// <summary>kNIMResRoomInviteNotExists is a name from the desktop SDKs for 10408 SIGNAL_INVITE_NOT_FOUND.</summary>
        [global::System.Obsolete("kNIMResRoomInviteNotExists is a name from the desktop SDKs for 10408 SIGNAL_INVITE_NOT_FOUND. Use SignalInviteNotFound instead.")]
        kNIMResRoomInviteNotExists = 10408,
        /// <summary>kNIMResRoomInviteHasReject is a name from the desktop SDKs for 10409 SIGNAL_INVITE_REJECTED.</summary>
        [global::System.Obsolete("kNIMResRoomInviteHasReject is a name from the desktop SDKs for 10409 SIGNAL_INVITE_REJECTED. Use SignalInviteRejected instead.")]
        kNIMResRoomInviteHasReject = 10409,
        /// <summary>kNIMResRoomInviteHasAccept is a name from the desktop SDKs for 10410 SIGNAL_INVITE_ACCEPTED.</summary>
        [global::System.Obsolete("kNIMResRoomInviteHasAccept is a name from the desktop SDKs for 10410 SIGNAL_INVITE_ACCEPTED. Use SignalInviteAccepted instead.")]
        kNIMResRoomInviteHasAccept = 10410,
        /// <summary>kNIMResRoomUidConflict is a name from the desktop SDKs for 10417 SIGNAL_UID_CONFLICT.</summary>
        [global::System.Obsolete("kNIMResRoomUidConflict is a name from the desktop SDKs for 10417 SIGNAL_UID_CONFLICT. Use SignalUidConflict instead.")]
        kNIMResRoomUidConflict = 10417,
        /// <summary>kNIMResRoomMemberExceed is a name from the desktop SDKs for 10419 SIGNAL_ROOM_MEMBER_LIMIT.</summary>
        [global::System.Obsolete("kNIMResRoomMemberExceed is a name from the desktop SDKs for 10419 SIGNAL_ROOM_MEMBER_LIMIT. Use SignalRoomMemberLimit instead.")]
        kNIMResRoomMemberExceed = 10419,
        /// <summary>kNIMResRoomMemberHasExistsOtherClient is a name from the desktop SDKs for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE.</summary>
        [global::System.Obsolete("kNIMResRoomMemberHasExistsOtherClient is a name from the desktop SDKs for 10420 SIGNAL_ALREADY_IN_ROOM_ELSEWHERE. Use SignalAlreadyInRoomElsewhere instead.")]
        kNIMResRoomMemberHasExistsOtherClient = 10420,
        /// <summary>kNIMResRoomLinkError is a name from the desktop SDKs for 13001 CHATROOM_IM_LINK_ERROR.</summary>
        [global::System.Obsolete("kNIMResRoomLinkError is a name from the desktop SDKs for 13001 CHATROOM_IM_LINK_ERROR. Use ChatroomImLinkError instead.")]
        kNIMResRoomLinkError = 13001,
        /// <summary>kNIMResRoomError is a name from the desktop SDKs for 13002 CHATROOM_STATUS_ERROR.</summary>
        [global::System.Obsolete("kNIMResRoomError is a name from the desktop SDKs for 13002 CHATROOM_STATUS_ERROR. Use ChatroomStatusError instead.")]
        kNIMResRoomError = 13002,
        /// <summary>kNIMResRoomBlackBeOut is a name from the desktop SDKs for 13003 CHATROOM_BLOCKLISTED.</summary>
        [global::System.Obsolete("kNIMResRoomBlackBeOut is a name from the desktop SDKs for 13003 CHATROOM_BLOCKLISTED. Use ChatroomBlocklisted instead.")]
        kNIMResRoomBlackBeOut = 13003,
        /// <summary>kNIMResRoomBeMuted is a name from the desktop SDKs for 13004 CHATROOM_MUTED.</summary>
        [global::System.Obsolete("kNIMResRoomBeMuted is a name from the desktop SDKs for 13004 CHATROOM_MUTED. Use ChatroomMuted instead.")]
        kNIMResRoomBeMuted = 13004,
    }

    /// <summary>Whether a code reports success, information (such as a partial success) or an error.</summary>
    public enum StatusKind
    {
        /// <summary>The request succeeded.</summary>
        Success,

        /// <summary>The request succeeded in part, or the code informs rather than fails.</summary>
        Info,

        /// <summary>The request failed.</summary>
        Error,
    }

    /// <summary>A group of status codes, following the sections of the status code table.</summary>
    public sealed class StatusCategoryInfo
    {
        internal StatusCategoryInfo(string id, string title, string description)
        {
            Id = id;
            Title = title;
            Description = description;
        }

        /// <summary>The category's stable id, such as <c>general</c>.</summary>
        public string Id { get; }

        /// <summary>The category's heading.</summary>
        public string Title { get; }

        /// <summary>What the category's codes have in common.</summary>
        public string Description { get; }

        /// <summary>The category's id.</summary>
        /// <returns>The id.</returns>
        public override string ToString()
        {
            return Id;
        }
    }

    /// <summary>One status code: its number, canonical name, category, message, kind and whether to retry.</summary>
    public sealed class StatusCodeInfo
    {
        internal StatusCodeInfo(int code, string name, StatusCategoryInfo category, string message, StatusKind kind, bool isRetryable)
        {
            Code = (StatusCode)code;
            Name = name;
            Category = category;
            Message = message;
            Kind = kind;
            IsRetryable = isRetryable;
        }

        /// <summary>The number the server or SDK returns, as the enum member.</summary>
        public StatusCode Code { get; }

        /// <summary>The canonical SCREAMING_SNAKE_CASE name, such as <c>RATE_LIMIT</c>.</summary>
        public string Name { get; }

        /// <summary>The group the code belongs to.</summary>
        public StatusCategoryInfo Category { get; }

        /// <summary>What the code means.</summary>
        public string Message { get; }

        /// <summary>Whether the code reports success, information or an error.</summary>
        public StatusKind Kind { get; }

        /// <summary>True when the same request may succeed if sent again later.</summary>
        public bool IsRetryable { get; }

        /// <summary>The code as <c>416 RATE_LIMIT: Rate upper limit is reached.</c></summary>
        /// <returns>The number, the name and the message.</returns>
        public override string ToString()
        {
            return ((int)Code).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + Name + ": " + Message;
        }
    }

    /// <summary>The status-code table: every code and category, and lookup by number.</summary>
    public static class StatusCodes
    {
        /// <summary>The version of the status-code table this file was generated from: the spec's <c>version</c>.</summary>
        public const string TableVersion = "1.0.0";

        private static readonly StatusCategoryInfo[] categories =
        {
            new StatusCategoryInfo("general", "General", "Codes any request can return, from login and permissions to rate limits and server errors."),
            new StatusCategoryInfo("team", "Team", "Codes returned by team (group chat) operations, codes 801 to 815."),
            new StatusCategoryInfo("av-call", "Audio & video calls and whiteboard", "Codes returned by audio and video calls and by the whiteboard."),
            new StatusCategoryInfo("chatroom", "Chat room", "Codes returned by chat room operations."),
            new StatusCategoryInfo("registration", "Account registration service", "Codes returned by the account registration service (one of the table's \"specific services\"): mailbox and phone formats, companies, apps and existing accounts."),
            new StatusCategoryInfo("signaling", "Signaling service", "Codes returned by the signaling service (one of the table's \"specific services\"): rooms, members, invitations and offline peers."),
        };

        private static readonly StatusCodeInfo[] all = Load();

        /// <summary>Every category, in the table's order.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<StatusCategoryInfo> Categories { get; } = global::System.Array.AsReadOnly(categories);

        /// <summary>Every code, sorted by number.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<StatusCodeInfo> All { get; } = global::System.Array.AsReadOnly(all);

        /// <summary>The code with this number, or <c>null</c> when the table has none: a binary search, without allocating.</summary>
        /// <param name="code">The number the server or SDK returned.</param>
        /// <returns>The code's details, or <c>null</c>.</returns>
        public static StatusCodeInfo Find(int code)
        {
            int low = 0;
            int high = all.Length - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                int found = (int)all[middle].Code;
                if (found == code)
                {
                    return all[middle];
                }

                if (found < code)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }

        // The table is filled in methods of at most 1,000 codes: one method of 100,000 would be slow to JIT.
        private static StatusCodeInfo[] Load()
        {
            var table = new StatusCodeInfo[71];
            LoadChunk0(table);
            return table;
        }

        private static void LoadChunk0(StatusCodeInfo[] table)
        {
            table[0] = new StatusCodeInfo(200, "OK", categories[0], "The operation succeeded.", StatusKind.Success, false);
            table[1] = new StatusCodeInfo(201, "INVALID_VERSION", categories[0], "Incorrect client version. You must upgrade the SDK.", StatusKind.Error, false);
            table[2] = new StatusCodeInfo(301, "ACCOUNT_OR_CHANNEL_BANNED", categories[0], "The account or channel is banned.", StatusKind.Error, false);
            table[3] = new StatusCodeInfo(302, "INVALID_PASSWORD", categories[0], "Incorrect user name or password.", StatusKind.Error, false);
            table[4] = new StatusCodeInfo(315, "IP_NOT_ALLOWED", categories[0], "IP address restriction.", StatusKind.Error, false);
            table[5] = new StatusCodeInfo(403, "FORBIDDEN", categories[0], "Invalid operation or no permission", StatusKind.Error, false);
            table[6] = new StatusCodeInfo(404, "NOT_FOUND", categories[0], "No object found", StatusKind.Error, false);
            table[7] = new StatusCodeInfo(405, "PARAMETER_TOO_LONG", categories[0], "The parameter length is too long", StatusKind.Error, false);
            table[8] = new StatusCodeInfo(406, "READ_ONLY", categories[0], "Read-only object", StatusKind.Error, false);
            table[9] = new StatusCodeInfo(408, "TIMEOUT", categories[0], "Client request times out", StatusKind.Error, true);
            table[10] = new StatusCodeInfo(413, "SMS_VERIFICATION_FAILED", categories[0], "SMS verification failed", StatusKind.Error, false);
            table[11] = new StatusCodeInfo(414, "PARAMETER_ERROR", categories[0], "Error parameters", StatusKind.Error, false);
            table[12] = new StatusCodeInfo(415, "CONNECTION_ERROR", categories[0], "Client network issue", StatusKind.Error, true);
            table[13] = new StatusCodeInfo(416, "RATE_LIMIT", categories[0], "Rate upper limit is reached.", StatusKind.Error, true);
            table[14] = new StatusCodeInfo(417, "ALREADY_EXISTS", categories[0], "Repeated operation", StatusKind.Error, false);
            table[15] = new StatusCodeInfo(418, "SMS_CHANNEL_UNAVAILABLE", categories[0], "SMS channel is not available", StatusKind.Error, true);
            table[16] = new StatusCodeInfo(419, "LIMIT_EXCEEDED", categories[0], "The quantity exceeds the upper limit", StatusKind.Error, false);
            table[17] = new StatusCodeInfo(422, "ACCOUNT_BLOCKED", categories[0], "Account is banned.", StatusKind.Error, false);
            table[18] = new StatusCodeInfo(423, "ACCOUNT_MUTED", categories[0], "Account is muted.", StatusKind.Error, false);
            table[19] = new StatusCodeInfo(431, "DUPLICATE_HTTP_REQUEST", categories[0], "HTTP request is repeated.", StatusKind.Error, false);
            table[20] = new StatusCodeInfo(500, "SERVER_INTERNAL_ERROR", categories[0], "Server internal error.", StatusKind.Error, false);
            table[21] = new StatusCodeInfo(503, "SERVER_BUSY", categories[0], "Server is busy.", StatusKind.Error, true);
            table[22] = new StatusCodeInfo(508, "MESSAGE_RECALL_EXPIRED", categories[0], "Message recall times out.", StatusKind.Error, false);
            table[23] = new StatusCodeInfo(509, "INVALID_PROTOCOL", categories[0], "Invalid protocol.", StatusKind.Error, false);
            table[24] = new StatusCodeInfo(514, "SERVICE_UNAVAILABLE", categories[0], "Service unavailable.", StatusKind.Error, true);
            table[25] = new StatusCodeInfo(801, "TEAM_MEMBER_LIMIT", categories[1], "The number of team members exceeds the upper limit.", StatusKind.Error, false);
            table[26] = new StatusCodeInfo(802, "TEAM_ACCESS_DENIED", categories[1], "No permissions.", StatusKind.Error, false);
            table[27] = new StatusCodeInfo(803, "TEAM_NOT_FOUND", categories[1], "Team does not exist.", StatusKind.Error, false);
            table[28] = new StatusCodeInfo(804, "NOT_IN_TEAM", categories[1], "User does not join the team.", StatusKind.Error, false);
            table[29] = new StatusCodeInfo(805, "TEAM_TYPE_MISMATCH", categories[1], "Team type does not match.", StatusKind.Error, false);
            table[30] = new StatusCodeInfo(806, "TEAM_COUNT_LIMIT", categories[1], "The number of teams created reaches the upper limit.", StatusKind.Error, false);
            table[31] = new StatusCodeInfo(807, "TEAM_MEMBER_STATUS_ERROR", categories[1], "Team member status error.", StatusKind.Error, false);
            table[32] = new StatusCodeInfo(808, "TEAM_APPLY_SUCCESS", categories[1], "Application approved.", StatusKind.Success, false);
            table[33] = new StatusCodeInfo(809, "ALREADY_IN_TEAM", categories[1], "User is already in the team.", StatusKind.Error, false);
            table[34] = new StatusCodeInfo(810, "TEAM_INVITE_SUCCESS", categories[1], "Successfully invited.", StatusKind.Success, false);
            table[35] = new StatusCodeInfo(811, "MENTION_LIMIT", categories[1], "The number of @ mentioned accounts exceeds the upper limit.", StatusKind.Error, false);
            table[36] = new StatusCodeInfo(812, "TEAM_MUTED", categories[1], "The team is muted, and ordinary members are not allowed to send messages.", StatusKind.Error, false);
            table[37] = new StatusCodeInfo(813, "TEAM_INVITE_PARTIAL_SUCCESS", categories[1], "Successful partial invitation of team members.", StatusKind.Info, false);
            table[38] = new StatusCodeInfo(814, "TEAM_READ_RECEIPT_DISABLED", categories[1], "Team read receipt is prohibited.", StatusKind.Error, false);
            table[39] = new StatusCodeInfo(815, "TEAM_ADMIN_LIMIT", categories[1], "The number of team administrators exceeds the upper limit.", StatusKind.Error, false);
            table[40] = new StatusCodeInfo(998, "UNPACK_ERROR", categories[0], "Unpacking error.", StatusKind.Error, false);
            table[41] = new StatusCodeInfo(999, "PACK_ERROR", categories[0], "Packaging error.", StatusKind.Error, false);
            table[42] = new StatusCodeInfo(9102, "CHANNEL_FAILED", categories[2], "Channel fails.", StatusKind.Error, false);
            table[43] = new StatusCodeInfo(9103, "CALL_ANSWERED_ELSEWHERE", categories[2], "The call is responded on other device.", StatusKind.Error, false);
            table[44] = new StatusCodeInfo(10201, "SIGNAL_PEER_OFFLINE", categories[5], "The CommsEase account of a peer is offline.", StatusKind.Error, false);
            table[45] = new StatusCodeInfo(10202, "SIGNAL_PEER_PUSH_OFFLINE", categories[5], "The CommsEase account of a peer is offline, and push notifications can not be delivered.", StatusKind.Error, false);
            table[46] = new StatusCodeInfo(10404, "SIGNAL_ROOM_NOT_FOUND", categories[5], "The room does not exist", StatusKind.Error, false);
            table[47] = new StatusCodeInfo(10405, "SIGNAL_ROOM_EXISTS", categories[5], "The room already exists", StatusKind.Error, false);
            table[48] = new StatusCodeInfo(10406, "SIGNAL_NOT_IN_ROOM", categories[5], "The user is not in the room", StatusKind.Error, false);
            table[49] = new StatusCodeInfo(10407, "SIGNAL_ALREADY_IN_ROOM", categories[5], "The user already exists in the room", StatusKind.Error, false);
            table[50] = new StatusCodeInfo(10408, "SIGNAL_INVITE_NOT_FOUND", categories[5], "Invitation does not exist or has expired.", StatusKind.Error, false);
            table[51] = new StatusCodeInfo(10409, "SIGNAL_INVITE_REJECTED", categories[5], "Invitation is rejected.", StatusKind.Error, false);
            table[52] = new StatusCodeInfo(10410, "SIGNAL_INVITE_ACCEPTED", categories[5], "Invitation is accepted.", StatusKind.Error, false);
            table[53] = new StatusCodeInfo(10417, "SIGNAL_UID_CONFLICT", categories[5], "Duplicate Uids.", StatusKind.Error, false);
            table[54] = new StatusCodeInfo(10419, "SIGNAL_ROOM_MEMBER_LIMIT", categories[5], "The number of room members reaches the upper limit.", StatusKind.Error, false);
            table[55] = new StatusCodeInfo(10420, "SIGNAL_ALREADY_IN_ROOM_ELSEWHERE", categories[5], "The user already exists in the room (joining from other ends)", StatusKind.Error, false);
            table[56] = new StatusCodeInfo(10431, "INVALID_EMAIL_FORMAT", categories[4], "The mailbox format is invalid.", StatusKind.Error, false);
            table[57] = new StatusCodeInfo(10432, "INVALID_PHONE_FORMAT", categories[4], "Mobile phone format is invalid.", StatusKind.Error, false);
            table[58] = new StatusCodeInfo(10433, "PASSWORD_CONFIRMATION_FAILED", categories[4], "Password confirmation failed.", StatusKind.Error, false);
            table[59] = new StatusCodeInfo(10434, "COMPANY_NOT_FOUND", categories[4], "The company does not exist.", StatusKind.Error, false);
            table[60] = new StatusCodeInfo(10435, "INVALID_LOGIN_CREDENTIALS", categories[4], "Incorrect login account or password.", StatusKind.Error, false);
            table[61] = new StatusCodeInfo(10436, "APP_NOT_FOUND", categories[4], "App cannot be found.", StatusKind.Error, false);
            table[62] = new StatusCodeInfo(10437, "EMAIL_EXISTS", categories[4], "Email already exists.", StatusKind.Error, false);
            table[63] = new StatusCodeInfo(10438, "PHONE_EXISTS", categories[4], "Mobile phone number already exists.", StatusKind.Error, false);
            table[64] = new StatusCodeInfo(10441, "APP_NAME_EXISTS", categories[4], "app name already exists.", StatusKind.Error, false);
            table[65] = new StatusCodeInfo(11001, "CALL_UNREACHABLE", categories[2], "The call is unreachable, and the caller goes offline.", StatusKind.Error, false);
            table[66] = new StatusCodeInfo(13001, "CHATROOM_IM_LINK_ERROR", categories[3], "IM connection is abnormal.", StatusKind.Error, true);
            table[67] = new StatusCodeInfo(13002, "CHATROOM_STATUS_ERROR", categories[3], "Chat room status is abnormal.", StatusKind.Error, false);
            table[68] = new StatusCodeInfo(13003, "CHATROOM_BLOCKLISTED", categories[3], "The account is in the blocklist, it is prohibited from joining the chat room.", StatusKind.Error, false);
            table[69] = new StatusCodeInfo(13004, "CHATROOM_MUTED", categories[3], "Banned accounts are not allowed to send messages.", StatusKind.Error, false);
            table[70] = new StatusCodeInfo(13005, "CHATROOM_ANTISPAM_FILTERED", categories[3], "The profile name and profile picture in a chat room or extension field of a member is filtered by the anti-spam service.", StatusKind.Error, false);
        }
    }
}
