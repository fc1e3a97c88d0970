#pragma once

#include "protocol/frames.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <random>
#include <string>
#include <unordered_map>

namespace pilothouse::server {

class Agent;
class EventLog;
class StateStore;

/// Drives simulated customer traffic through the built-in agent. Each customer message, and
/// each AI reply after a short simulated latency, becomes events in the log together with the
/// matching state change (one transaction per step).
class Engine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 200;

    Engine(EventLog &log, StateStore &state, std::shared_ptr<const Catalog> catalog,
           SimulatorConfig config, QObject *parent = nullptr);
    ~Engine() override;

    void start();
    void stop();

private:
    void tick();
    void onCustomerMessage(const SimulatedMessage &message);
    void reply(const std::string &conversationId, const std::string &conversationKey,
               const std::string &customerMessageId, protocol::Millis customerAt);
    bool ensureCustomer(const std::string &customerId);
    protocol::Millis simulatorClock() const;

    EventLog &m_log;
    StateStore &m_state;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Agent> m_agent;
    std::mt19937_64 m_rng;
    QTimer m_timer;
    QElapsedTimer m_clock;
    protocol::Millis m_clockBase = 0;
    std::unordered_map<std::string, std::string> m_conversationByKey;
};

} // namespace pilothouse::server
