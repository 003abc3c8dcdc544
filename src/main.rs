//! The binary only starts the app; everything else lives in the library.

fn main() {
    kept_in_mind::start();
}
