// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <session/agentstatemodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

class TestAgentStateModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_availableFirstThenIdleCodesInProfileOrder()
    {
        Session::AgentStateModel model;
        QAbstractItemModelTester tester(&model);
        model.setIdleCodes({{u"c1"_s, u"Lunch"_s, false}, {u"c2"_s, u"Meeting"_s, true}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), u"Available"_s);
        QVERIFY(model.index(0).data(Session::AgentStateModel::IsAvailableRole).toBool());
        QCOMPARE(model.index(1).data().toString(), u"Lunch"_s);
        QCOMPARE(model.index(2).data(Session::AgentStateModel::CodeIdRole).toString(), u"c2"_s);
        QVERIFY(!model.index(2).data(Session::AgentStateModel::IsAvailableRole).toBool());
    }

    void rowOf_knownUnknownAndAvailable()
    {
        Session::AgentStateModel model;
        model.setIdleCodes({{u"c1"_s, u"Lunch"_s, false}});
        QCOMPARE(model.rowOf(QString()), 0);
        QCOMPARE(model.rowOf(u"c1"_s), 1);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
    }

    void noIdleCodes_onlyAvailable()
    {
        Session::AgentStateModel model;
        QAbstractItemModelTester tester(&model);
        model.setIdleCodes({});
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgentStateModel)
#include "tst_agentstatemodel.moc"
