#include "core/secrets/SecretsLog.h"

namespace passerelle {

Q_LOGGING_CATEGORY(lcSecrets, "passerelle.secrets")

} // namespace passerelle
