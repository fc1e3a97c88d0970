#pragma once
// The users of a server on the wire (docs/protocol.md 2.1, "Users"): the bodies of the admins'
// /api/v1/users routes. Who may do what is the server's business; here only the shapes.

#include "codec.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

struct UserRecord {
    std::string name;
    std::string displayName;
    Role role = Role::Agent;
    bool active = true;
    /// Signs in with a second factor (docs/protocol.md 2.1, "Two-factor sign-in"); absent = false.
    bool twoFactor = false;
    bool operator==(const UserRecord &) const = default;
};

/// GET /api/v1/users: every user, active or not, by name.
struct UserList {
    std::vector<UserRecord> users;
    bool operator==(const UserList &) const = default;
};

/// POST /api/v1/users.
struct NewUser {
    std::string name; ///< 1 to 64 characters.
    std::string displayName {}; ///< "" = the name.
    Role role = Role::Agent;
    std::string password;
    bool operator==(const NewUser &) const = default;
};

/// PATCH /api/v1/users/{name}: what to change; absent members stay.
struct UserChange {
    std::optional<Role> role {};
    std::optional<bool> active {};
    std::optional<std::string> displayName {};
    bool operator==(const UserChange &) const = default;
};

/// PUT /api/v1/users/{name}/password.
struct PasswordChange {
    std::string password;
    bool operator==(const PasswordChange &) const = default;
};

std::string encode(const UserRecord &body);
std::string encode(const UserList &body);
std::string encode(const NewUser &body);
std::string encode(const UserChange &body);
std::string encode(const PasswordChange &body);
Decoded<UserRecord> decodeUserRecord(std::string_view body);
Decoded<UserList> decodeUserList(std::string_view body);
Decoded<NewUser> decodeNewUser(std::string_view body);
Decoded<UserChange> decodeUserChange(std::string_view body);
Decoded<PasswordChange> decodePasswordChange(std::string_view body);

} // namespace pilothouse::protocol
