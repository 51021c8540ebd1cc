# cmake -DINPUT=file -DOUTPUT=file.sha256 -P Sha256File.cmake
# Writes the SHA-256 of INPUT (64 lower-case hexadecimal digits, no newline) to OUTPUT.
file(SHA256 "${INPUT}" digest)
file(WRITE "${OUTPUT}" "${digest}")
