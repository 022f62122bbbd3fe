# The sources the contract fuzzer compiles with clang: the mapping and what it needs, nothing moc'd.
set(PASSERELLE_FUZZ_SOURCES
    tests/fuzz/ContractFuzzer.cpp
    core/api/ApiContract.cpp
    core/api/ApiContractJson.cpp
    core/api/ApiLog.cpp
    core/api/ContractDates.cpp
    core/api/HostName.cpp
    core/api/JsonParser.cpp
    core/api/JsonStrings.cpp
    core/api/JsonTree.cpp
    core/api/ProviderText.cpp
    core/api/StrictJson.cpp
    core/model/AccountList.cpp
    core/model/AccountRecord.cpp
    core/model/Billing.cpp
    core/model/Downtime.cpp
    core/model/MigrationSnapshot.cpp
    core/model/Money.cpp
)
set(PASSERELLE_FUZZ_DEFINITIONS
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH QT_USE_QSTRINGBUILDER)
