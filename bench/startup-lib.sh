# Shared by the start-up benchmarks (sourced): the launcher's own JVM flags, a hello-world jar started
# with them and its own class-data archive, and the timing helpers.
flags=$(sed -n 's/^jvm=(\(.*\))$/\1/p' unknot)
hello=target/hello
mkdir -p "$hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
printf 'Main-Class: Hello\n' > "$hello/manifest.txt"
jar cfm "$hello/hello.jar" "$hello/manifest.txt" -C "$hello" Hello.class
# shellcheck disable=SC2086
java $flags -XX:ArchiveClassesAtExit="$hello/hello.jsa" -jar "$hello/hello.jar" >/dev/null
millis() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# shellcheck disable=SC2086
run_hello() { millis java $flags -XX:SharedArchiveFile="$hello/hello.jsa" -jar "$hello/hello.jar"; }
