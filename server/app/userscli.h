#pragma once
// `pilothouse-server users ...`: the administrator's tool for the users of a data directory while
// the server is stopped (it refuses while a server holds the directory's lock): list, add,
// set-role, disable, enable, passwd. Passwords are read from standard input (one line), never from
// the command line, where other users of the machine could see them. The last active admin can be
// neither demoted nor disabled.

#include <QStringList>
#include <QTextStream>

namespace pilothouse::server {

/// Runs the tool with `arguments` (the words after "users"); returns the exit code: 0 done,
/// 1 the data directory or the database refused, 2 a bad command line or value.
int runUsersCommand(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace pilothouse::server
