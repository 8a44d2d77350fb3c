/**
 * Managing TPPs as the bank, with the bank's own credentials: each operation is planned (read,
 * compare) before it writes, so running it again writes nothing.
 */
package io.github.fsonboard.apim.lifecycle;
